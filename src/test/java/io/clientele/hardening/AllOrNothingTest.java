package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.billing.QuoteService;
import io.clientele.billing.QuoteStatus;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Multi-row operations are all-or-nothing. Each test plants a database constraint that only a row marked
 * "Fail here" breaks, so the operation fails part-way, after it has already written other rows in its transaction,
 * and then checks that none of those writes remain. Plain CHECK and FOREIGN KEY constraints: the same on H2 and
 * MySQL/MariaDB. (CSV import is covered by the import feature's own test.)
 */
class AllOrNothingTest extends SpringTest {

    private static final String FAIL = "Fail here";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ClientService clients;

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    @Autowired
    PaymentService payments;

    private final List<String> cleanup = new ArrayList<>();

    @AfterEach
    void dropInjectedFailures() {
        cleanup.forEach(jdbc::execute);
        cleanup.clear();
    }

    private void inject(String ddl, String undo) {
        jdbc.execute(ddl);
        cleanup.addFirst(undo);
    }

    /**
     * The call fails because of the planted constraint, and of nothing else: any other failure (a bug, a refused
     * transaction) would leave the database untouched too and prove nothing about all-or-nothing.
     */
    private static void failsOn(String constraint, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("the operation fails").isNotNull();
        List<String> messages = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            messages.add(String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT));
        }
        assertThat(messages)
                .as("the failure is the planted constraint " + constraint)
                .anyMatch(m -> m.contains(constraint));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void trashing_several_clients_trashes_none_when_one_fails() {
        Client a = testData.company("First AG", null);
        Client b = testData.company(FAIL, null);
        Client c = testData.company("Third AG", null);
        // The clients are trashed by one UPDATE, which is all-or-nothing by itself; the failure is planted in the
        // step after it (the history entry of the second client), so that only the transaction around both keeps
        // the first and third clients out of the Trash.
        inject(
                "alter table client_history add constraint inj_trash check (field <> 'trashed' or client_id <> "
                        + b.getId() + ")",
                "alter table client_history drop constraint inj_trash");

        failsOn(
                "inj_trash",
                () -> SystemAuthentication.run(() -> clients.trash(List.of(a.getId(), b.getId(), c.getId()))));

        assertThat(count("select count(*) from clients where trashed_at is not null"))
                .isZero();
    }

    @Test
    void deleting_trashed_clients_for_good_keeps_everything_when_one_delete_fails() {
        Client company = testData.company("Gone Soon AG", null);
        testData.contact(company, "Anna", "Becker");
        Client member = testData.individual("Ida Member", null, null);
        Client m = SystemAuthentication.call(() -> clients.get(member.getId()));
        m.setCompany(company);
        testData.save(m);
        Client blocked = testData.company(FAIL, null);
        testData.trash(company);
        testData.trash(blocked);
        inject(
                "create table inj_refs (client_id bigint not null, constraint fk_inj_refs foreign key (client_id)"
                        + " references clients (id))",
                "drop table inj_refs");
        jdbc.update("insert into inj_refs (client_id) values (?)", blocked.getId());

        // The members are detached first, then the clients deleted: the delete fails after the detach.
        failsOn(
                "fk_inj_refs",
                () -> SystemAuthentication.run(
                        () -> clients.deletePermanently(List.of(company.getId(), blocked.getId()))));

        assertThat(count("select count(*) from clients where id in (?, ?)", company.getId(), blocked.getId()))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from clients where id = ? and company_id = ?",
                        member.getId(),
                        company.getId()))
                .isEqualTo(1);
        assertThat(count("select count(*) from contacts where client_id = ?", company.getId()))
                .isEqualTo(1);
    }

    @Test
    void converting_a_quote_leaves_no_invoice_when_marking_the_quote_fails() {
        Client client = testData.company("Quote AG", null);
        long quoteId = SystemAuthentication.call(() -> {
            var q = quotes.newQuote(client.getId());
            q.setNotes(FAIL);
            q.setLines(List.of(
                    new DocumentLine("Design", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO),
                    new DocumentLine("Build", BigDecimal.TWO, BigDecimal.TEN, BigDecimal.ZERO)));
            long id = quotes.save(q).getId();
            quotes.decide(id, QuoteStatus.APPROVED);
            return id;
        });
        int linesBefore = count("select count(*) from document_lines");
        int quoteVersion = count("select version from billing_documents where id = ?", quoteId);
        // The invoice and its lines are written first; updating the quote (marked converted) then fails. (Not a
        // check on converted_invoice_id: MariaDB allows none on a column of an ON DELETE SET NULL foreign key.)
        inject(
                "alter table billing_documents add constraint inj_convert check (doc_type <> 'QUOTE' or notes is null"
                        + " or notes <> '" + FAIL + "' or version <= " + quoteVersion + ")",
                "alter table billing_documents drop constraint inj_convert");

        failsOn("inj_convert", () -> SystemAuthentication.run(() -> quotes.convertToInvoice(quoteId)));

        assertThat(count(
                        "select count(*) from billing_documents where doc_type <> (select doc_type from"
                                + " billing_documents where id = ?)",
                        quoteId))
                .isZero();
        assertThat(count("select count(*) from document_lines")).isEqualTo(linesBefore);
        assertThat(count("select count(*) from billing_documents where converted_invoice_id is not null"))
                .isZero();
    }

    @Test
    void a_payment_is_not_recorded_when_updating_the_invoice_fails() {
        Client client = testData.company("Payer AG", null);
        Invoice invoice = SystemAuthentication.call(() -> {
            Invoice inv = invoices.newInvoice(client.getId());
            inv.setNotes(FAIL);
            inv.setLines(List.of(new DocumentLine("Work", BigDecimal.ONE, new BigDecimal("100"), BigDecimal.ZERO)));
            return invoices.markSent(invoices.save(inv).getId());
        });
        // The payment row is written first; updating the invoice's paid total then fails.
        inject(
                "alter table billing_documents add constraint inj_pay check (notes is null or notes <> '" + FAIL
                        + "' or paid_total = 0)",
                "alter table billing_documents drop constraint inj_pay");

        Payment payment = new Payment();
        payment.setAmount(new BigDecimal("40"));
        payment.setDate(LocalDate.now());
        payment.setMethod(PaymentMethod.values()[0]);
        payment.setReference("TX-40");
        failsOn("inj_pay", () -> SystemAuthentication.run(() -> payments.record(invoice.getId(), payment)));

        assertThat(count("select count(*) from payments")).isZero();
        assertThat(jdbc.queryForObject(
                        "select balance from billing_documents where id = ?", BigDecimal.class, invoice.getId()))
                .isEqualByComparingTo("100");
    }
}
