package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.domain.PageCap;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientService;
import io.clientele.contact.ContactService;
import io.clientele.demo.DemoBillingWriter;
import io.clientele.support.SpringTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ASVS V2.4 / V15 resource limits: a lazy data provider may ask for any page size, the services answer with at most
 * 500 rows. More than 500 rows exist in each case, so removing a cap makes the test fail.
 */
class PageCapTest extends SpringTest {

    private static final PageRequest HUGE = PageRequest.of(0, 100_000);

    @Autowired
    ClientService clients;

    @Autowired
    ContactService contacts;

    @Autowired
    InvoiceService invoices;

    @Autowired
    DemoBillingWriter billing;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void clients_invoices_and_contacts_come_at_most_500_to_a_page_whatever_is_asked() {
        testData.demoClients(520);
        billing.write(7L, 1.5, LocalDate.of(2026, 11, 23));
        assertThat(jdbc.queryForObject("select count(*) from billing_documents where doc_type = 'INVOICE'", Long.class))
                .isGreaterThan(500);
        Client busy = testData.company("Many Contacts AG", null);
        Timestamp now = Timestamp.from(Instant.parse("2026-11-23T10:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 510; i++) {
            rows.add(new Object[] {busy.getId(), "Contact " + i, now, now});
        }
        jdbc.batchUpdate(
                "insert into contacts (version, client_id, name, is_primary, opt_in, default_role,"
                        + " created_at, updated_at) values (0, ?, ?, false, false, 'NONE', ?, ?)",
                rows);

        SystemAuthentication.run(() -> {
            assertThat(clients.list(ClientFilter.live(null), HUGE)).hasSize(PageCap.MAX_PAGE_SIZE);
            assertThat(invoices.list(BillingFilter.all(), HUGE)).hasSize(PageCap.MAX_PAGE_SIZE);
            assertThat(contacts.page(busy.getId(), false, HUGE)).hasSize(PageCap.MAX_PAGE_SIZE);
        });
    }
}
