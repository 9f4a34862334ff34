package io.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo's bulk-written billing data obeys the same arithmetic as the billing service. */
class DemoBillingWriterTest extends SpringTest {

    @Autowired
    DemoBillingWriter billing;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demo_documents_add_up_and_the_amount_owed_matches_the_open_invoices() {
        testData.demoClients(40);
        billing.write(7, 3, LocalDate.of(2026, 11, 23));

        assertThat(jdbc.queryForObject("select count(*) from billing_documents", Integer.class)).isGreaterThan(40);
        assertThat(jdbc.queryForObject("""
                select count(*) from billing_documents d where d.subtotal <>
                  (select sum(l.amount) from document_lines l where l.document_id = d.id)
                  or d.tax_total <> (select sum(l.tax_amount) from document_lines l where l.document_id = d.id)
                  or d.total <> d.subtotal + d.tax_total or d.balance <> d.total - d.paid_total""", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from billing_documents d where d.doc_type = 'INVOICE' and d.paid_total <>
                  coalesce((select sum(p.amount) from payments p where p.invoice_id = d.id), 0)""", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from clients c where c.amount_owed <> coalesce((select sum(d.balance)
                  from billing_documents d where d.client_id = c.id and d.doc_type = 'INVOICE'
                  and d.status <> 'DRAFT'), 0)""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select max(payment_date) from payments", java.sql.Date.class).toLocalDate())
                .isBeforeOrEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(jdbc.queryForObject("select count(distinct number) from billing_documents", Integer.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from billing_documents", Integer.class));
    }
}
