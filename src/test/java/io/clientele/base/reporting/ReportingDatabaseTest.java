package io.clientele.base.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.report.CustomerReportFilter;
import io.clientele.report.CustomerReportService;
import io.clientele.report.ReportService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reports read the reporting database (issue 18): the primary when no {@code clientele.reporting.datasource.url}
 * is set, else a read-only pool of its own on that URL; the group and customer reports go through it, in read-only
 * transactions. The suite shares one context, so the wired bean is switched to a recording data source through its
 * test hook, and the configuration with a URL is built by hand.
 */
class ReportingDatabaseTest extends SpringTest {

    private static final LocalDate FROM = LocalDate.now().withDayOfYear(1);
    private static final LocalDate TO = FROM.plusYears(1).minusDays(1);

    @Autowired
    ReportingDatabase reporting;

    @Autowired
    DataSource primary;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ReportService reports;

    @Autowired
    CustomerReportService customers;

    @Autowired
    InvoiceService invoices;

    @AfterEach
    void asConfigured() {
        reporting.useDataSource(null);
    }

    @Test
    void without_a_reporting_url_the_reports_read_the_primary_database() {
        assertThat(reporting.replica()).isFalse();
        assertThat(reporting.dataSource()).isSameAs(primary);
    }

    @Test
    void with_a_reporting_url_the_reports_read_a_read_only_pool_on_that_database() throws SQLException {
        String url = "jdbc:h2:mem:reporting-replica-test;DB_CLOSE_DELAY=-1";
        try (Connection replicaAdmin = DriverManager.getConnection(url, "sa", "");
                Statement s = replicaAdmin.createStatement()) {
            // A table only the "replica" has: reading it proves where the reads go.
            s.execute("create table if not exists replica_marker (v varchar(20))");
            s.execute("delete from replica_marker");
            s.execute("insert into replica_marker values ('from the replica')");
        }
        ReportingDatabase configured = new ReportingDatabase(primary, transactions, url, "sa", "", 2);
        try {
            assertThat(configured.replica()).isTrue();
            assertThat(configured.dataSource()).isNotSameAs(primary);
            assertThat(((HikariDataSource) configured.dataSource()).isReadOnly())
                    .isTrue();
            String marker = configured.read(
                    jdbc -> jdbc.queryForObject("select v from replica_marker", Map.of(), String.class));
            assertThat(marker).isEqualTo("from the replica");
        } finally {
            configured.destroy();
        }
    }

    @Test
    void the_group_and_customer_reports_read_the_reporting_database_in_read_only_transactions() {
        Client acme = testData.company("Acme GmbH", "info@acme.example");
        actAs(TestData.STAFF, "STAFF");
        Invoice invoice = invoices.newInvoice(acme.getId());
        invoice.setIssueDate(FROM.plusDays(3));
        invoice.setDueDate(FROM.plusDays(31));
        invoice.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal("120"), BigDecimal.ZERO)));
        invoices.markSent(invoices.save(invoice).getId());
        actAs(TestData.ADMIN, "ADMIN");
        CustomerReportFilter all = new CustomerReportFilter(FROM, TO, null);
        var groups = reports.groupReport(FROM, TO);
        var rows = customers.customers(all, PageRequest.of(0, 25));
        var totals = customers.totals(all);
        assertThat(rows).hasSize(1);

        Recording replica = new Recording(primary);
        reporting.useDataSource(replica);
        assertThat(reports.groupReport(FROM, TO)).isEqualTo(groups);
        assertThat(customers.customers(all, PageRequest.of(0, 25))).isEqualTo(rows);
        assertThat(customers.countCustomers(all)).isEqualTo(1);
        assertThat(customers.totals(all)).isEqualTo(totals);
        customers.writeCsv(
                all, Sort.unsorted(), List.of("1", "2", "3", "4", "5", "6", "7", "8"), new ByteArrayOutputStream());
        assertThat(customers.pdf(all, Sort.unsorted(), java.util.Locale.ENGLISH))
                .isNotEmpty();

        assertThat(replica.statements.get())
                .as("statements on the reporting database")
                .isGreaterThanOrEqualTo(7);
        assertThat(replica.outsideReadOnly.get())
                .as("statements outside a read-only transaction")
                .isZero();
    }

    /**
     * The primary under another name, counting the statements prepared on it and those prepared while the
     * connection was not marked read-only (what a read-only transaction does to its connection).
     */
    static final class Recording extends DelegatingDataSource {

        final AtomicInteger statements = new AtomicInteger();
        final AtomicInteger outsideReadOnly = new AtomicInteger();

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection real = super.getConnection();
            boolean[] readOnly = {false};
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setReadOnly" -> readOnly[0] = (Boolean) args[0];
                            case "isReadOnly" -> {
                                return readOnly[0];
                            }
                            case "prepareStatement", "createStatement", "prepareCall" -> {
                                statements.incrementAndGet();
                                if (!readOnly[0]) {
                                    outsideReadOnly.incrementAndGet();
                                }
                            }
                            default -> {}
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
