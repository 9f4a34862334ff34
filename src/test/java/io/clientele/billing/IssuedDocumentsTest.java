package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issued documents are records: drafts take no number, issuing takes the next one and freezes what is printed, the
 * services refuse any change to an issued document, and corrections go through credit notes, which move the
 * invoice's balance and the client's amount owed.
 */
class IssuedDocumentsTest extends SpringTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    @Autowired
    PaymentService payments;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    ClientService clients;

    @Autowired
    SettingsService settings;

    @Autowired
    JdbcTemplate jdbc;

    private Client client;
    private final int year = LocalDate.now().getYear();

    @BeforeEach
    void aClientAndCompany() {
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName("Clientele Consulting Ltd");
            s.setCompanyAddress("1 Market Street\nLondon");
            s.setCompanyTaxId("GB123456789");
            settings.save(s);
        });
        client = testData.company("Records GmbH", "records@example.com");
        client.setTaxId("DE811111111");
        client.setLanguage("de");
        client.getBillingAddress().setStreet("Hauptstraße 1");
        client.getBillingAddress().setCity("Berlin");
        client.getBillingAddress().setCountry("DE");
        client = testData.save(client);
        actAsAccount(TestData.STAFF);
    }

    private Invoice draft(String... lines) {
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setLines(lines(lines));
        return invoices.save(invoice);
    }

    private Invoice issued(String... lines) {
        return invoices.issue(draft(lines).getId());
    }

    private static List<DocumentLine> lines(String... lines) {
        List<DocumentLine> list = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\\|");
            list.add(new DocumentLine(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]), new BigDecimal(p[3])));
        }
        return list;
    }

    private static Payment payment(String amount) {
        Payment p = new Payment();
        p.setReference("TRX-1");
        p.setAmount(new BigDecimal(amount));
        p.setMethod(PaymentMethod.BANK_TRANSFER);
        return p;
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private BigDecimal owed() {
        return testData.reload(client).getAmountOwed();
    }

    @Test
    void a_draft_has_no_number_and_issuing_takes_the_next_one_and_records_who_and_when() {
        Invoice draft = draft("Consulting|2|600|0");
        assertThat(draft.getNumber()).isNull();
        assertThat(draft.isIssued()).isFalse();
        assertThat(draft.getStatus()).isEqualTo(InvoiceStatus.DRAFT);

        Invoice issued = invoices.issue(draft.getId());

        assertThat(issued.getNumber()).isEqualTo("INV-" + year + "-0001");
        assertThat(issued.getIssuedAt()).isNotNull();
        assertThat(issued.getIssuedBy()).isEqualTo("Sam Staff");
        assertThat(issued.getStatus()).isEqualTo(InvoiceStatus.SENT);
        assertThat(invoices.issue(draft.getId()).getNumber())
                .as("issuing twice takes no second number")
                .isEqualTo("INV-" + year + "-0001");
        assertThat(issued("Next|1|1|0").getNumber()).isEqualTo("INV-" + year + "-0002");
    }

    @Test
    void issuing_freezes_parties_and_language_so_later_changes_to_client_and_settings_do_not_reach_it() {
        Invoice issued = issued("Consulting|1|1000|19");

        Client changed = clients.get(client.getId());
        changed.setName("Renamed AG");
        changed.setTaxId("DE999999999");
        changed.setLanguage("fr");
        changed.getBillingAddress().setStreet("Neue Straße 9");
        clients.save(changed);
        SystemAuthentication.run(() -> {
            SystemSettings s = settings.get();
            s.setCompanyName("Another Company");
            s.setCompanyTaxId("XX000");
            settings.save(s);
        });

        Parties frozen = invoices.get(issued.getId()).parties();
        assertThat(frozen.buyerName()).isEqualTo("Records GmbH");
        assertThat(frozen.buyerTaxId()).isEqualTo("DE811111111");
        assertThat(frozen.billingAddress()).startsWith("Hauptstraße 1");
        assertThat(frozen.sellerName()).isEqualTo("Clientele Consulting Ltd");
        assertThat(frozen.sellerTaxId()).isEqualTo("GB123456789");
        assertThat(frozen.language()).isEqualTo("de");
        assertThat(invoices.get(issued.getId()).getLanguage()).isEqualTo("de");
    }

    @Test
    void the_service_refuses_to_edit_or_delete_an_issued_invoice_when_called_directly() {
        Invoice issued = issued("Consulting|1|1200|0");

        Invoice tampered = invoices.get(issued.getId());
        tampered.getLines().get(0).setUnitPrice(new BigDecimal("1800"));
        refused(() -> invoices.save(tampered), "billing.issued.locked");
        refused(() -> invoices.delete(issued.getId()), "billing.issued.locked");

        Invoice stored = invoices.get(issued.getId());
        assertThat(stored.getTotal()).isEqualByComparingTo("1200");
        assertThat(stored.getLines().get(0).getUnitPrice()).isEqualByComparingTo("1200");
    }

    @Test
    void an_issued_quote_has_frozen_lines_and_cannot_be_deleted() {
        Quote quote = quotes.newQuote(client.getId());
        quote.setLines(lines("Offer|1|100|0"));
        Quote issued = quotes.issue(quotes.save(quote).getId());
        assertThat(issued.getNumber()).isEqualTo("QUO-" + year + "-0001");

        Quote tampered = quotes.get(issued.getId());
        tampered.getLines().get(0).setQuantity(new BigDecimal("5"));
        refused(() -> quotes.save(tampered), "billing.issued.locked");
        refused(() -> quotes.delete(issued.getId()), "billing.issued.locked");
    }

    @Test
    void payments_internal_notes_and_the_public_link_still_change_on_an_issued_invoice() {
        Invoice issued = issued("Consulting|1|100|0");

        payments.record(issued.getId(), payment("40"));
        invoices.saveInternalNotes(issued.getId(), "Called the client about the rest");
        String token = invoices.publicToken(issued.getId());

        Invoice stored = invoices.get(issued.getId());
        assertThat(stored.getBalance()).isEqualByComparingTo("60");
        assertThat(stored.getInternalNotes()).isEqualTo("Called the client about the rest");
        assertThat(stored.getPublicToken()).isEqualTo(token);
    }

    @Test
    void a_draft_is_deleted_freely_and_takes_no_payment() {
        Invoice draft = draft("Consulting|1|100|0");
        refused(() -> payments.record(draft.getId(), payment("10")), "billing.payment.draft");
        invoices.delete(draft.getId());
        assertThat(invoices.count(BillingFilter.ofClient(client.getId()))).isZero();
    }

    @Test
    void issuing_a_zero_total_or_without_a_required_address_is_refused_and_uses_no_number() {
        Invoice zero = draft("Free sample|1|0|0");
        refused(() -> invoices.issue(zero.getId()), "billing.issue.zero-total");

        jdbc.update("update system_settings set issue_requires_address = true");
        Client noAddress = testData.company("No Address Ltd", "none@example.com");
        Invoice draft = invoices.newInvoice(noAddress.getId());
        draft.setLines(lines("Work|1|10|0"));
        long id = invoices.save(draft).getId();
        assertThatThrownBy(() -> invoices.issue(id)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.getMessageKey()).isEqualTo("billing.issue.address-required");
            assertThat(e.getArguments()).containsExactly("No Address Ltd");
        });

        assertThat(issued("Work|1|10|0").getNumber())
                .as("refused issues gave no number away")
                .isEqualTo("INV-" + year + "-0001");
    }

    @Test
    void cancelling_an_invoice_issues_a_full_credit_note_of_its_own_sequence_and_shows_cancelled() {
        jdbc.update("update system_settings set credit_note_number_pattern = 'GS-{yyyy}-{seq:3}'");
        Invoice invoice = issued("Consulting|2|500|19", "Travel|1|100|7");
        assertThat(owed()).isEqualByComparingTo("1297.00");

        CreditNote note = creditNotes.cancelInvoice(invoice.getId(), "Storno");

        assertThat(note.getNumber()).isEqualTo("GS-" + year + "-001");
        assertThat(note.getInvoiceId()).isEqualTo(invoice.getId());
        assertThat(note.getTotal()).isEqualByComparingTo("1297.00");
        assertThat(note.getCurrency()).isEqualTo(invoice.getCurrency());
        assertThat(note.getLanguage()).isEqualTo("de");
        assertThat(note.getLines()).extracting(DocumentLine::getDescription).containsExactly("Consulting", "Travel");
        Invoice cancelled = invoices.get(invoice.getId());
        assertThat(cancelled.getStatus()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(cancelled.getBalance()).isEqualByComparingTo("0");
        assertThat(owed()).isEqualByComparingTo("0");
        refused(() -> creditNotes.cancelInvoice(invoice.getId(), "again"), "billing.credit.nothing-left");
        assertThat(creditNotes.count(BillingFilter.ofClient(client.getId()))).isEqualTo(1);
    }

    @Test
    void a_partial_credit_by_lines_takes_back_chosen_quantities_and_never_more_than_is_left() {
        Invoice invoice = issued("Licence|10|50|0", "Support|1|200|0");
        long licence = invoice.getLines().get(0).getId();

        CreditNote note = creditNotes.creditLines(invoice.getId(), Map.of(licence, new BigDecimal("3")));

        assertThat(note.getTotal()).isEqualByComparingTo("150");
        assertThat(invoices.get(invoice.getId()).getBalance()).isEqualByComparingTo("550");
        assertThat(invoices.get(invoice.getId()).getStatus()).isEqualTo(InvoiceStatus.SENT);
        assertThat(owed()).isEqualByComparingTo("550");
        assertThat(creditNotes.creditableLines(invoice.getId()).get(0).remainingQuantity())
                .isEqualByComparingTo("7");
        assertThatThrownBy(() -> creditNotes.creditLines(invoice.getId(), Map.of(licence, new BigDecimal("8"))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("billing.credit.line-exceeds");
                    assertThat(e.getArguments()).containsExactly("Licence", "7");
                });
        refused(() -> creditNotes.creditLines(invoice.getId(), Map.of()), "billing.credit.nothing-chosen");
    }

    @Test
    void a_credit_larger_than_what_remains_is_refused_naming_both_amounts() {
        Invoice invoice = issued("Consulting|1|100|0");
        creditNotes.creditAmount(invoice.getId(), new BigDecimal("30"), "Discount");

        assertThatThrownBy(() -> creditNotes.creditAmount(invoice.getId(), new BigDecimal("80"), "Too much"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("billing.credit.exceeds");
                    assertThat(e.getArguments()).containsExactly("80.00", "70.00", "EUR");
                });
        refused(
                () -> creditNotes.creditAmount(invoice.getId(), BigDecimal.ZERO, "Nothing"),
                "billing.credit.amount.positive");
        refused(() -> creditNotes.creditAmount(draft("x|1|1|0").getId(), BigDecimal.ONE, "x"), "billing.credit.draft");
    }

    @Test
    void a_credit_by_amount_splits_over_the_tax_rates_and_adds_up_to_the_amount() {
        Invoice invoice = issued("Goods|1|100|19", "Books|1|100|7");

        CreditNote note = creditNotes.creditAmount(invoice.getId(), new BigDecimal("113.00"), "Goodwill");

        assertThat(note.getTotal()).isEqualByComparingTo("113.00");
        assertThat(note.getLines())
                .extracting(DocumentLine::getTaxRate)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("19"), new BigDecimal("7"));
        assertThat(invoices.get(invoice.getId()).getBalance()).isEqualByComparingTo("113.00");
    }

    @Test
    void a_credit_on_a_paid_invoice_leaves_the_payments_and_shows_the_refund_due() {
        Invoice invoice = issued("Consulting|1|100|0");
        payments.record(invoice.getId(), payment("100"));
        assertThat(invoices.get(invoice.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);

        creditNotes.creditAmount(invoice.getId(), new BigDecimal("25"), "Late delivery");

        Invoice credited = invoices.get(invoice.getId());
        assertThat(credited.getPaidTotal()).isEqualByComparingTo("100");
        assertThat(credited.getRefundDue()).isEqualByComparingTo("25");
        assertThat(credited.getBalance()).isEqualByComparingTo("-25");
        assertThat(owed()).isEqualByComparingTo("-25");
        assertThat(payments.count(BillingFilter.ofClient(client.getId()))).isEqualTo(1);
    }

    @Test
    void correct_cancels_the_invoice_and_opens_a_draft_copy() {
        Invoice invoice = issued("Consulting|1|1200|0");

        Invoice copy = creditNotes.correct(invoice.getId(), "Storno");

        assertThat(invoices.get(invoice.getId()).getStatus()).isEqualTo(InvoiceStatus.CANCELLED);
        assertThat(copy.isIssued()).isFalse();
        assertThat(copy.getNumber()).isNull();
        assertThat(copy.getLines()).extracting(DocumentLine::getDescription).containsExactly("Consulting");
        assertThat(copy.getTotal()).isEqualByComparingTo("1200");
    }

    @Test
    void an_expired_quote_is_approved_only_after_the_warning_was_confirmed() {
        Quote quote = quotes.newQuote(client.getId());
        quote.setIssueDate(LocalDate.now().minusDays(40));
        quote.setDueDate(LocalDate.now().minusDays(10));
        quote.setLines(lines("Offer|1|100|0"));
        long id = quotes.save(quote).getId();

        refused(() -> quotes.decide(id, QuoteStatus.APPROVED), "billing.quote.expired");
        assertThat(quotes.decide(id, QuoteStatus.APPROVED, true).getStatus()).isEqualTo(QuoteStatus.APPROVED);
        assertThat(quotes.get(id).isIssued()).as("deciding issues a draft").isTrue();
    }

    @Test
    void deleting_a_client_for_good_names_its_issued_records_and_the_log_keeps_who_deleted_what() {
        Invoice invoice = issued("Consulting|1|100|0");
        CreditNote note = creditNotes.creditAmount(invoice.getId(), BigDecimal.TEN, "Discount");
        draft("Not issued|1|5|0");
        testData.trash(client);
        actAsAccount(TestData.ADMIN);

        assertThat(clients.issuedRecords(List.of(client.getId())))
                .containsExactly(note.getNumber(), invoice.getNumber());
        assertThat(clients.dependents(List.of(client.getId())))
                .containsEntry("client.delete.with.invoices", 2L)
                .containsEntry("client.delete.with.credit-notes", 1L);

        assertThat(clients.deletePermanently(List.of(client.getId()))).isEqualTo(1);

        var log = clients.deletions(PageRequest.of(0, 10));
        assertThat(log).hasSize(1);
        assertThat(log.getFirst().clientName()).isEqualTo("Records GmbH");
        assertThat(log.getFirst().deletedBy()).isEqualTo("Ada Admin");
        assertThat(log.getFirst().records()).contains(invoice.getNumber(), note.getNumber());
    }
}
