package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.jobs.JobLocks;
import io.clientele.base.jobs.JobLocksTest;
import io.clientele.client.Client;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The overdue job, which claims nothing per invoice, runs on one node at a time (issue 18): while another node holds
 * its lock, a run here marks nothing; once that node is done, the next run does.
 */
class OverdueInvoicesJobLockTest extends SpringTest {

    @Autowired
    OverdueInvoicesJob job;

    @Autowired
    InvoiceService invoices;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void noLocks() {
        JobLocksTest.releaseAll(jdbc);
    }

    @Test
    void the_overdue_job_skips_its_run_while_another_node_holds_its_lock() {
        Client client = testData.company("Late Payer GmbH", "late@example.com");
        actAs(TestData.STAFF, "STAFF");
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(LocalDate.now().minusDays(40));
        invoice.setDueDate(LocalDate.now().minusDays(10));
        invoice.setLines(List.of(new DocumentLine("Old work", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
        long id = invoices.save(invoice).getId();
        jdbc.update("update billing_documents set sent_at = current_timestamp, status = 'SENT' where id = ?", id);
        SecurityContextHolder.clearContext();

        SimpleLock otherNode = JobLocks.provider(dataSource, "other-node")
                .lock(new LockConfiguration(
                        Instant.now(), OverdueInvoicesJob.LOCK, Duration.ofMinutes(1), Duration.ZERO))
                .orElseThrow();
        job.run();
        assertThat(status(id)).as("while the other node runs the job").isEqualTo("SENT");

        otherNode.unlock();
        job.run();
        assertThat(status(id)).isEqualTo("OVERDUE");
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from billing_documents where id = ?", String.class, id);
    }
}
