package io.clientele.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 23, item 9: amounts beyond the columns, implausible dates and a lost payment race each say why. */
class QuietBillingFailuresTest extends SpringTest {

    @Autowired
    InvoiceService invoices;

    @Autowired
    PaymentService payments;

    @Autowired
    JdbcTemplate jdbc;

    private Client client;

    @BeforeEach
    void aClient() {
        client = testData.company("Quiet Failures GmbH", "quiet@example.com");
        actAs(TestData.STAFF, "STAFF");
    }

    private Invoice draft(LocalDate issued, String quantity, String price) {
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(issued);
        invoice.setDueDate(null);
        invoice.setLines(List.of(
                new DocumentLine("Work", new BigDecimal(quantity), new BigDecimal(price), new BigDecimal("19"))));
        return invoice;
    }

    private RuleViolationException refusal(Runnable action) {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class, action::run);
        assertThat(e).as("refused with a message").isNotNull();
        return e;
    }

    @Test
    void issue_dates_outside_1970_to_five_years_ahead_are_refused_and_start_no_number_series() {
        for (String date : List.of("1000-01-01", "1969-12-31", "2999-06-30", "9999-12-31")) {
            RuleViolationException e = refusal(() -> invoices.save(draft(LocalDate.parse(date), "1", "10")));
            assertThat(e.getMessageKey()).as(date).isEqualTo("billing.issue-date.window");
            assertThat(e.getArguments())
                    .as(date)
                    .containsExactly("1970-01-01", LocalDate.now().plusYears(5).toString());
        }
        assertThat(invoices.save(draft(LocalDate.parse("1970-01-01"), "1", "10"))
                        .getId())
                .isNotNull();
        assertThat(invoices.save(draft(LocalDate.now().plusYears(5), "1", "10")).getId())
                .isNotNull();
        assertThat(jdbc.queryForObject(
                        "select count(*) from billing_documents where year(issue_date) in (1000, 2999, 9999)",
                        Integer.class))
                .isZero();
    }

    @Test
    void a_due_date_far_in_the_future_is_refused_with_its_own_message() {
        Invoice invoice = draft(LocalDate.now(), "1", "10");
        invoice.setDueDate(LocalDate.of(9999, 1, 1));
        assertThat(refusal(() -> invoices.save(invoice)).getMessageKey()).isEqualTo("billing.due-date.window");
    }

    @Test
    void a_line_or_total_beyond_the_19_digit_columns_is_refused_with_the_limit() {
        RuleViolationException line = refusal(() -> invoices.save(draft(LocalDate.now(), "1000000000000", "1000")));
        assertThat(line.getMessageKey()).isEqualTo("billing.line.too-large");
        assertThat(line.getArguments()).containsExactly(1, Money.MAX_SHOWN);

        Invoice many = draft(LocalDate.now(), "1", "1");
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines.add(new DocumentLine("Big " + i, BigDecimal.ONE, new BigDecimal("400000000000000"), BigDecimal.ZERO));
        }
        many.setLines(lines);
        assertThat(refusal(() -> invoices.save(many)).getMessageKey()).isEqualTo("billing.total.too-large");

        assertThat(invoices.save(draft(LocalDate.now(), "1", "800000000000000")).getTotal())
                .as("the largest that fits with 19 % tax")
                .isEqualByComparingTo("952000000000000");
    }

    @Test
    void a_payment_dated_outside_the_window_is_refused_on_its_date() {
        Invoice sent = invoices.markSent(
                invoices.save(draft(LocalDate.now(), "1", "100")).getId());
        Payment payment = payment("10");
        payment.setDate(LocalDate.of(1000, 1, 1));
        assertThat(refusal(() -> payments.record(sent.getId(), payment)).getMessageKey())
                .isEqualTo("billing.payment.date.window");
    }

    @Test
    void the_losing_side_of_two_simultaneous_payments_hears_of_the_conflict() throws Exception {
        SecurityContext staff = SecurityContextHolder.getContext();
        int conflicts = 0;
        // Each round races two payments of 70 on a fresh balance of 119: one is recorded, the other is refused with a
        // message: the conflict when both read the balance before either wrote (without the rule: an optimistic-lock
        // or deadlock error nobody translated), else the balance it would exceed. Rounds go on until a real race.
        for (int round = 1; round <= 6 && conflicts == 0; round++) {
            Invoice sent = invoices.markSent(
                    invoices.save(draft(LocalDate.now(), "1", "100")).getId());
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            try {
                for (int t = 0; t < 2; t++) {
                    outcomes.add(pool.submit(() -> {
                        SecurityContextHolder.setContext(staff);
                        start.await(10, TimeUnit.SECONDS);
                        try {
                            payments.record(sent.getId(), payment("70"));
                            return "recorded";
                        } catch (RuleViolationException e) {
                            return e.getMessageKey();
                        }
                    }));
                }
                List<String> seen = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    seen.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(seen)
                        .as("round " + round)
                        .containsOnlyOnce("recorded")
                        .containsAnyOf("billing.payment.conflict", "billing.payment.exceeds-balance");
                if (seen.contains("billing.payment.conflict")) {
                    conflicts++;
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from payments where invoice_id = ?", Integer.class, sent.getId()))
                    .as("round " + round)
                    .isOne();
        }
        assertThat(conflicts)
                .as("a round where both payments read the balance first")
                .isOne();
    }

    private static Payment payment(String amount) {
        Payment p = new Payment();
        p.setReference("Race " + amount);
        p.setAmount(new BigDecimal(amount));
        p.setMethod(PaymentMethod.BANK_TRANSFER);
        return p;
    }
}
