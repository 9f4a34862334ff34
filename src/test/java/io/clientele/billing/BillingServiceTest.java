package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientSort;
import io.clientele.client.ClientType;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Money arithmetic, payments, statuses, numbering, conversion and the public link, through the services. */
class BillingServiceTest extends SpringTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    QuoteService quotes;

    @Autowired
    PaymentService payments;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private Client client;

    @BeforeEach
    void aClient() {
        client = testData.company("Billing Test GmbH", "billing@example.com");
        actAs(TestData.STAFF, "STAFF");
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Invoice invoice(Client forClient, String... lines) {
        Invoice invoice = invoices.newInvoice(forClient.getId());
        List<DocumentLine> list = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\\|");
            list.add(new DocumentLine(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]), new BigDecimal(p[3])));
        }
        invoice.setLines(list);
        return invoices.save(invoice);
    }

    private static Payment payment(String reference, String amount) {
        Payment p = new Payment();
        p.setReference(reference);
        p.setAmount(new BigDecimal(amount));
        p.setMethod(PaymentMethod.BANK_TRANSFER);
        return p;
    }

    @Test
    void lines_round_half_up_per_line_and_totals_add_the_rounded_lines() {
        Invoice saved = invoice(client, "Consulting|3|33.335|19", "Travel|1|0.005|7", "Licence|2.5|19.99|0");

        // 3 × 33.335 = 100.005 → 100.01; tax 19 % = 19.0019 → 19.00
        // 1 × 0.005 = 0.005 → 0.01; tax 7 % = 0.0007 → 0.00
        // 2.5 × 19.99 = 49.975 → 49.98; no tax
        assertThat(saved.getLines())
                .extracting(DocumentLine::getAmount)
                .containsExactly(new BigDecimal("100.01"), new BigDecimal("0.01"), new BigDecimal("49.98"));
        assertThat(saved.getSubtotal()).isEqualByComparingTo("150.00");
        assertThat(saved.getTaxTotal()).isEqualByComparingTo("19.00");
        assertThat(saved.getTotal()).isEqualByComparingTo("169.00");
        assertThat(saved.getBalance()).isEqualByComparingTo("169.00");
        assertThat(saved.getStatus()).isEqualTo(InvoiceStatus.DRAFT);
    }

    @Test
    void amounts_take_the_scale_of_the_clients_currency() {
        Client yen = client;
        testData.save(withCurrency(yen, "JPY"));
        Invoice saved = invoice(yen, "Widget|3|333.5|10");
        // 1000.5 → 1001 (no decimals in JPY); tax 100.1 → 100
        assertThat(saved.getCurrency()).isEqualTo("JPY");
        assertThat(saved.getSubtotal()).isEqualByComparingTo("1001");
        assertThat(saved.getTaxTotal()).isEqualByComparingTo("100");
        assertThat(saved.getTotal()).isEqualByComparingTo("1101");
    }

    private Client withCurrency(Client c, String currency) {
        Client fresh = clients.get(c.getId());
        fresh.setCurrency(currency);
        return fresh;
    }

    @Test
    void partial_payments_reduce_the_balance_and_the_last_one_marks_it_paid() {
        Invoice inv = invoices.markSent(invoice(client, "Work|1|100|0").getId());
        assertThat(inv.getStatus()).isEqualTo(InvoiceStatus.SENT);

        payments.record(inv.getId(), payment("P-1", "30"));
        Invoice afterFirst = invoices.get(inv.getId());
        assertThat(afterFirst.getBalance()).isEqualByComparingTo("70.00");
        assertThat(afterFirst.getStatus()).isEqualTo(InvoiceStatus.SENT);
        assertThat(afterFirst.isUnpaid()).isTrue();

        Payment last = payments.record(inv.getId(), payment("P-2", "70"));
        Invoice paid = invoices.get(inv.getId());
        assertThat(paid.getBalance()).isEqualByComparingTo("0");
        assertThat(paid.getStatus()).isEqualTo(InvoiceStatus.PAID);

        payments.delete(last.getId());
        Invoice reopened = invoices.get(inv.getId());
        assertThat(reopened.getStatus()).isEqualTo(InvoiceStatus.SENT);
        assertThat(reopened.getBalance()).isEqualByComparingTo("70.00");
    }

    @Test
    void a_payment_above_the_open_balance_is_refused_with_both_amounts() {
        Invoice inv = invoices.markSent(invoice(client, "Work|1|100|0").getId());
        payments.record(inv.getId(), payment("P-1", "60"));

        assertThatThrownBy(() -> payments.record(inv.getId(), payment("P-2", "40.01")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("billing.payment.exceeds-balance");
                    assertThat(e.getArguments()).containsExactly("40.01", "40.00", "EUR");
                });
        assertThat(invoices.get(inv.getId()).getBalance()).isEqualByComparingTo("40.00");
        assertThat(payments.count(BillingFilter.ofClient(client.getId()))).isEqualTo(1);
    }

    @Test
    void the_clients_amount_owed_follows_invoices_and_payments_and_sorts_the_list() {
        Client other = testData.company("Other Debtor Ltd", "debtor@example.com");
        Invoice draft = invoice(client, "Draft work|1|500|0");
        assertThat(clients.get(client.getId()).getAmountOwed())
                .as("drafts are not owed")
                .isEqualByComparingTo("0");

        invoices.markSent(draft.getId());
        assertThat(clients.get(client.getId()).getAmountOwed()).isEqualByComparingTo("500");
        Invoice small = invoices.markSent(invoice(other, "Small|1|20|0").getId());
        payments.record(small.getId(), payment("P", "5"));
        assertThat(clients.get(other.getId()).getAmountOwed()).isEqualByComparingTo("15");

        List<ClientRow> byBalance = clients.list(
                ClientFilter.live(null), PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, ClientSort.BALANCE)));
        assertThat(byBalance).extracting(ClientRow::name).containsExactly("Billing Test GmbH", "Other Debtor Ltd");
        assertThat(byBalance.getFirst().balance()).isEqualByComparingTo("500");
    }

    @Test
    void a_sent_invoice_past_due_with_money_open_becomes_overdue() {
        Invoice inv = invoices.newInvoice(client.getId());
        inv.setIssueDate(LocalDate.now().minusDays(40));
        inv.setDueDate(LocalDate.now().minusDays(10));
        inv.setLines(List.of(new DocumentLine("Old work", BigDecimal.ONE, BigDecimal.TEN, BigDecimal.ZERO)));
        Invoice saved = invoices.save(inv);
        jdbc.update(
                "update billing_documents set sent_at = current_timestamp, status = 'SENT' where id = ?",
                saved.getId());
        Invoice paidOne = invoices.markSent(invoice(client, "Paid|1|10|0").getId());
        payments.record(paidOne.getId(), payment("full", "10"));

        actAs(TestData.ADMIN, "ADMIN");
        assertThat(invoices.markOverdue()).isEqualTo(1);

        assertThat(invoices.get(saved.getId()).getStatus()).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoices.get(paidOne.getId()).getStatus()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void a_due_date_before_the_issue_date_and_an_empty_invoice_are_refused() {
        Invoice empty = invoices.newInvoice(client.getId());
        assertThatThrownBy(() -> invoices.save(empty))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("billing.lines.required"));
        Invoice backwards = invoices.newInvoice(client.getId());
        backwards.setLines(List.of(new DocumentLine("x", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO)));
        backwards.setDueDate(backwards.getIssueDate().minusDays(1));
        assertThatThrownBy(() -> invoices.save(backwards))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("billing.due-before-issue"));
        assertThat(invoices.count(BillingFilter.all())).isZero();
    }

    @Test
    void a_new_invoice_takes_the_clients_terms_currency_and_addresses() {
        Client c = clients.get(client.getId());
        c.getBillingAddress().setStreet("Hauptstraße 1");
        c.getBillingAddress().setCity("Berlin");
        c.getBillingAddress().setCountry("DE");
        c.setLanguage("de");
        clients.save(c);
        Invoice fresh = invoices.newInvoice(client.getId());
        assertThat(fresh.getDueDate()).isEqualTo(fresh.getIssueDate().plusDays(30));
        assertThat(fresh.getCurrency()).isEqualTo("EUR");
        assertThat(fresh.getBillingAddress()).isEqualTo("Hauptstraße 1\nBerlin\nDeutschland");
    }

    @Test
    void numbers_are_sequential_per_year_and_follow_the_pattern() {
        jdbc.update("update system_settings set invoice_number_pattern = 'R-{yy}/{seq:3}'");
        String first = invoices.issue(invoice(client, "a|1|1|0").getId()).getNumber();
        String second = invoices.issue(invoice(client, "b|1|1|0").getId()).getNumber();
        int yy = LocalDate.now().getYear() % 100;
        assertThat(first).isEqualTo(String.format("R-%02d/001", yy));
        assertThat(second).isEqualTo(String.format("R-%02d/002", yy));
        assertThat(NumberSequences.format("INV-{yyyy}-{seq}", LocalDate.of(2027, 1, 1), 42))
                .isEqualTo("INV-2027-0042");
    }

    /**
     * Several users issuing at the same moment: each waits for the counter row's lock, so the numbers taken are
     * distinct and consecutive (1 … n, no gap). Runs on MariaDB too when the suite does (.ci/run).
     */
    @Test
    void concurrent_issuing_hands_out_consecutive_numbers_without_gaps() throws Exception {
        int threads = 6;
        int perThread = 5;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < threads * perThread; i++) {
            drafts.add(invoice(client, "parallel|1|1|0").getId());
        }
        assertThat(jdbc.queryForObject("select count(number) from billing_documents", Integer.class))
                .as("drafts take no number")
                .isZero();
        SecurityContext staff = SecurityContextHolder.getContext();
        CyclicBarrier start = new CyclicBarrier(threads);
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                List<Long> mine = drafts.subList(t * perThread, (t + 1) * perThread);
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(staff);
                    start.await(10, TimeUnit.SECONDS);
                    for (long id : mine) {
                        numbers.add(invoices.issue(id).getNumber());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        int year = LocalDate.now().getYear();
        List<String> expected = new ArrayList<>();
        for (int n = 1; n <= threads * perThread; n++) {
            expected.add(String.format("INV-%d-%04d", year, n));
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(jdbc.queryForObject("select count(distinct number) from billing_documents", Integer.class))
                .isEqualTo(threads * perThread);
    }

    @Test
    void an_approved_quote_converts_into_an_invoice_once() {
        Quote quote = quotes.newQuote(client.getId());
        quote.setLines(
                List.of(new DocumentLine("Offer", new BigDecimal("2"), new BigDecimal("49.50"), new BigDecimal("19"))));
        Quote draft = quotes.save(quote);
        assertThat(draft.getNumber()).as("a draft has no number").isNull();
        Quote saved = quotes.issue(draft.getId());
        assertThat(saved.getNumber()).startsWith("QUO-");
        assertThatThrownBy(() -> quotes.convertToInvoice(saved.getId()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("billing.quote.not-approved"));

        quotes.decide(saved.getId(), QuoteStatus.APPROVED);
        Invoice invoice = quotes.convertToInvoice(saved.getId());

        assertThat(invoice.getTotal()).isEqualByComparingTo(saved.getTotal());
        assertThat(invoice.getTotal()).isEqualByComparingTo("117.81");
        assertThat(invoice.getLines()).extracting(DocumentLine::getDescription).containsExactly("Offer");
        assertThat(quotes.get(saved.getId()).getConvertedInvoiceId()).isEqualTo(invoice.getId());
        assertThat(quotes.get(saved.getId()).getStatus()).isEqualTo(QuoteStatus.CONVERTED);
        assertThat(invoice.isIssued()).as("the invoice is a draft to review").isFalse();
        assertThatThrownBy(() -> quotes.convertToInvoice(saved.getId()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("billing.quote.converted"));
        assertThat(invoices.count(BillingFilter.ofClient(client.getId()))).isEqualTo(1);
    }

    @Test
    void the_public_link_opens_a_sent_invoice_marks_it_viewed_and_dies_when_revoked() {
        Invoice inv = invoices.markSent(invoice(client, "Public|1|10|0").getId());
        String token = invoices.publicToken(inv.getId());
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);

        SecurityContextHolder.clearContext();
        assertThat(invoices.openPublic(token)).isPresent();
        actAs(TestData.STAFF, "STAFF");
        assertThat(invoices.get(inv.getId()).getStatus()).isEqualTo(InvoiceStatus.VIEWED);

        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThat(invoices.openPublic(altered)).isEmpty();
        assertThat(invoices.openPublic("short")).isEmpty();
        String regenerated = invoices.regeneratePublicToken(inv.getId());
        assertThat(invoices.openPublic(token)).isEmpty();
        assertThat(invoices.openPublic(regenerated)).isPresent();
        invoices.revokePublicToken(inv.getId());
        assertThat(invoices.openPublic(regenerated)).isEmpty();
    }

    @Test
    void the_currency_locks_once_a_real_invoice_exists() {
        invoice(client, "Locks|1|1|0");
        Client c = clients.get(client.getId());
        c.setCurrency("USD");
        assertThatThrownBy(() -> clients.save(c))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.currency.locked"));
    }

    @Test
    void invoices_of_clients_a_restricted_staff_member_cannot_see_are_not_found() {
        Client foreign = new Client(ClientType.COMPANY, "Foreign Billing SA");
        foreign.setOwnerId(testData.accountId(TestData.ADMIN));
        foreign = testData.save(foreign);
        Invoice hidden = invoice(foreign, "Hidden|1|1|0");
        invoice(client, "Visible|1|1|0");
        Client mine = testData.reload(client);
        mine.setOwnerId(testData.accountId(TestData.STAFF));
        testData.save(mine);
        testData.restrictStaff();

        assertThat(invoices.count(BillingFilter.all())).isEqualTo(1);
        assertThatThrownBy(() -> invoices.get(hidden.getId())).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> payments.record(hidden.getId(), payment("x", "1")))
                .isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    void deleting_a_client_permanently_removes_its_billing_records() {
        Invoice inv = invoices.markSent(invoice(client, "Gone|1|10|0").getId());
        payments.record(inv.getId(), payment("P", "5"));
        actAs(TestData.ADMIN, "ADMIN");
        clients.trash(List.of(client.getId()));
        assertThat(clients.deletePermanently(List.of(client.getId()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from billing_documents", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from document_lines", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from payments", Integer.class))
                .isZero();
    }
}
