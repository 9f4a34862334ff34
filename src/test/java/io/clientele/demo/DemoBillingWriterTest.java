package io.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.billing.TaxBasis;
import io.clientele.support.SpringTest;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

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

        assertThat(jdbc.queryForObject("select count(*) from billing_documents", Integer.class))
                .isGreaterThan(40);
        assertThat(jdbc.queryForObject("""
                select count(*) from billing_documents d where d.subtotal <>
                  (select sum(l.amount) from document_lines l where l.document_id = d.id)
                  or d.total <> d.subtotal + d.tax_total or d.balance <> d.total - d.paid_total""", Integer.class)).isZero();
        // Tax rounded once per rate on the rate's line amounts, as billing adds documents up.
        Map<Long, TaxBasis> basis = new HashMap<>();
        jdbc.query("select document_id, tax_rate, amount from document_lines", (RowCallbackHandler) r ->
                basis.computeIfAbsent(r.getLong(1), k -> new TaxBasis()).add(r.getBigDecimal(3), r.getBigDecimal(2)));
        List<String> wrongTax = new ArrayList<>();
        jdbc.query("select id, currency, tax_total from billing_documents", (RowCallbackHandler) r -> {
            BigDecimal tax = basis.get(r.getLong(1)).tax(r.getString(2));
            if (tax.compareTo(r.getBigDecimal(3)) != 0) {
                wrongTax.add(r.getLong(1) + ": " + r.getBigDecimal(3) + " instead of " + tax);
            }
        });
        assertThat(wrongTax).isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from billing_documents d where d.doc_type = 'INVOICE' and d.paid_total <>
                  coalesce((select sum(p.amount) from payments p where p.invoice_id = d.id), 0)""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from clients c where c.amount_owed <> coalesce((select sum(d.balance)
                  from billing_documents d where d.client_id = c.id and d.doc_type = 'INVOICE'
                  and d.status <> 'DRAFT'), 0)""", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select max(payment_date) from payments", Date.class)
                        .toLocalDate())
                .isBeforeOrEqualTo(LocalDate.of(2026, 11, 23));
        // Drafts have no number; every issued document has its own, and issued ones carry their frozen parties.
        assertThat(jdbc.queryForObject("select count(distinct number) from billing_documents", Integer.class))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) from billing_documents where status <> 'DRAFT'", Integer.class));
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_documents where status = 'DRAFT' and number is not null",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_documents where status <> 'DRAFT' and (issued_at is null"
                                + " or buyer_name is null or doc_language is null)",
                        Integer.class))
                .isZero();
    }

    @Test
    void small_chunks_write_the_same_documents_as_one_chunk_and_continue_the_number_sequence() {
        testData.demoClients(40);
        billing.write(7, 3, LocalDate.of(2026, 11, 23), 100_000);
        List<String> oneChunk = documents();
        BigDecimal owedOneChunk = owed();

        testData.reset();
        testData.demoClients(40);
        billing.write(7, 3, LocalDate.of(2026, 11, 23), 7);

        assertThat(documents()).hasSizeGreaterThan(40).isEqualTo(oneChunk);
        assertThat(owed()).isEqualTo(owedOneChunk);
        assertThat(jdbc.queryForObject(
                        "select next_value from number_sequences where doc_type = 'INVOICE'" + " and seq_year = 2026",
                        Integer.class))
                .isEqualTo(jdbc.queryForObject(
                        "select count(*) + 1 from billing_documents where doc_type = 'INVOICE' and number is not null",
                        Integer.class));
    }

    /** Each document with its client's position (ids differ between runs), its lines and its payments. */
    private List<String> documents() {
        return jdbc.queryForList("""
                select concat(d.number, '|', (select count(*) from clients c where c.id <= d.client_id), '|', d.status,
                  '|', d.issue_date, '|', d.total, '|', d.paid_total,
                  '|', (select count(*) from document_lines l where l.document_id = d.id),
                  '|', (select count(*) from payments p where p.invoice_id = d.id))
                from billing_documents d order by d.doc_type, d.number""", String.class);
    }

    private BigDecimal owed() {
        return jdbc.queryForObject("select sum(amount_owed) from clients", BigDecimal.class);
    }
}
