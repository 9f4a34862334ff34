package io.clientele.recurring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.client.Client;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recurring profiles and the job that bills them, driven by a fixed clock moved across months, a leap year and a
 * downtime gap; mails go to GreenMail.
 */
class RecurringServiceTest extends MailTest {

    @Autowired
    RecurringService recurring;

    @Autowired
    InvoiceService invoices;

    @Autowired
    JdbcTemplate jdbc;

    private Client acme;

    @BeforeEach
    void data() {
        acme = testData.company("Acme GmbH", "billing@acme.example");
    }

    /** The job as it runs on the given day: the same class the scheduler calls, with a clock fixed on that day. */
    private int jobOn(String day) {
        Clock fixed = Clock.fixed(LocalDate.parse(day).atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new RecurringInvoiceJob(recurring, fixed).runOn(LocalDate.now(fixed));
    }

    private RecurringProfile profile(
            Client client, String start, Frequency frequency, Consumer<RecurringProfile> with) {
        return SystemAuthentication.call(() -> {
            RecurringProfile p = recurring.newProfile(client.getId());
            p.setTitle("Hosting");
            p.setFrequency(frequency);
            p.setStartDate(LocalDate.parse(start));
            p.setLines(List.of(new RecurringLine(
                    "Hosting {month} {year}", BigDecimal.ONE, new BigDecimal("49.00"), BigDecimal.TEN)));
            with.accept(p);
            return recurring.save(p);
        });
    }

    private List<LocalDate> periodsBilled(RecurringProfile p) {
        return jdbc.queryForList(
                "select period_start from recurring_runs where profile_id = ? order by period_index",
                LocalDate.class,
                p.getId());
    }

    private long invoiceCount() {
        return jdbc.queryForObject("select count(*) from billing_documents where doc_type = 'INVOICE'", Long.class);
    }

    private RecurringProfile reload(RecurringProfile p) {
        return SystemAuthentication.call(() -> recurring.get(p.getId()));
    }

    private List<Invoice> invoicesOf(RecurringProfile p) {
        return SystemAuthentication.call(() -> {
            List<Invoice> result = new ArrayList<>();
            for (Long id : jdbc.queryForList(
                    "select invoice_id from recurring_runs where profile_id = ? order by period_index",
                    Long.class,
                    p.getId())) {
                result.add(invoices.get(id));
            }
            return result;
        });
    }

    @Test
    void the_31st_recurs_on_the_last_day_of_shorter_months_and_downtime_is_caught_up_without_duplicates() {
        RecurringProfile p = profile(acme, "2027-01-31", Frequency.MONTHLY, x -> {});

        assertThat(jobOn("2027-01-30")).isZero();
        assertThat(jobOn("2027-01-31")).isEqualTo(1);
        assertThat(jobOn("2027-02-27")).isZero();
        assertThat(jobOn("2027-02-28")).isEqualTo(1);
        // Down from March to the end of May: the next run bills March, April and May, each once.
        assertThat(jobOn("2027-05-31")).isEqualTo(3);
        assertThat(jobOn("2027-05-31")).isZero();
        assertThat(jobOn("2027-06-29")).isZero();

        assertThat(periodsBilled(p))
                .containsExactly(
                        LocalDate.parse("2027-01-31"),
                        LocalDate.parse("2027-02-28"),
                        LocalDate.parse("2027-03-31"),
                        LocalDate.parse("2027-04-30"),
                        LocalDate.parse("2027-05-31"));
        assertThat(invoiceCount()).isEqualTo(5);
        assertThat(invoicesOf(p))
                .extracting(i -> i.getLines().getFirst().getDescription())
                .containsExactly(
                        "Hosting January 2027",
                        "Hosting February 2027",
                        "Hosting March 2027",
                        "Hosting April 2027",
                        "Hosting May 2027");
        assertThat(invoicesOf(p)).allSatisfy(i -> assertThat(i.getStatus()).isEqualTo(InvoiceStatus.DRAFT));
        assertThat(reload(p).getNextDate()).isEqualTo(LocalDate.parse("2027-06-30"));
    }

    @Test
    void a_yearly_profile_from_the_29th_of_february_bills_the_28th_in_common_years() {
        RecurringProfile p = profile(acme, "2028-02-29", Frequency.YEARLY, x -> {});
        RecurringProfile monthly = profile(acme, "2028-01-30", Frequency.MONTHLY, x -> x.setMaxCount(2));

        assertThat(jobOn("2028-02-29")).isEqualTo(3); // the yearly one, and January and February of the monthly one
        assertThat(jobOn("2029-02-27")).isZero();
        assertThat(jobOn("2031-03-01")).isEqualTo(3);

        assertThat(periodsBilled(p))
                .containsExactly(
                        LocalDate.parse("2028-02-29"),
                        LocalDate.parse("2029-02-28"),
                        LocalDate.parse("2030-02-28"),
                        LocalDate.parse("2031-02-28"));
        assertThat(periodsBilled(monthly))
                .containsExactly(LocalDate.parse("2028-01-30"), LocalDate.parse("2028-02-29"));
        RecurringProfile done = reload(monthly);
        assertThat(done.getStatus()).isEqualTo(RecurringStatus.STOPPED);
        assertThat(done.getStatusReason()).isEqualTo(RecurringProfile.REASON_COMPLETED);
        assertThat(done.getNextDate()).isNull();
    }

    @Test
    void every_n_weeks_counts_from_the_start_and_the_end_date_ends_it() {
        RecurringProfile p = profile(acme, "2027-03-01", Frequency.WEEKLY, x -> {
            x.setEvery(2);
            x.setEndDate(LocalDate.parse("2027-04-10"));
        });

        assertThat(jobOn("2027-06-01")).isEqualTo(3);
        assertThat(reload(p).getStatus()).isEqualTo(RecurringStatus.STOPPED);

        assertThat(periodsBilled(p))
                .containsExactly(
                        LocalDate.parse("2027-03-01"), LocalDate.parse("2027-03-15"), LocalDate.parse("2027-03-29"));
    }

    @Test
    void invoices_are_in_the_clients_currency_and_language_with_due_date_from_the_payment_days() {
        Client kunde = testData.company("Kunde AG", "rechnung@kunde.example");
        kunde.setLanguage("de");
        kunde.setCurrency("CHF");
        kunde = testData.save(kunde);
        RecurringProfile p = profile(kunde, "2027-03-01", Frequency.MONTHLY, x -> {
            x.setPaymentDays(14);
            x.setLines(List.of(new RecurringLine(
                    "Wartung {month} {year} ({period})", new BigDecimal("2"), new BigDecimal("100"), BigDecimal.ZERO)));
        });

        jobOn("2027-03-02");

        Invoice invoice = invoicesOf(p).getFirst();
        assertThat(invoice.getCurrency()).isEqualTo("CHF");
        assertThat(invoice.getLines().getFirst().getDescription())
                .isEqualTo("Wartung März 2027 (01.03.2027 – 31.03.2027)");
        assertThat(invoice.getIssueDate()).isEqualTo(LocalDate.parse("2027-03-02"));
        assertThat(invoice.getDueDate()).isEqualTo(LocalDate.parse("2027-03-16"));
        assertThat(invoice.getTotal()).isEqualByComparingTo("200");
    }

    @Test
    void two_schedulers_at_once_bill_each_period_once() throws Exception {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> {});
        RecurringProfile q = profile(acme, "2027-02-01", Frequency.QUARTERLY, x -> {});
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return jobOn("2027-07-20");
                }));
            }
            int created = runs.get(0).get() + runs.get(1).get();
            assertThat(created).isEqualTo(9);
        } finally {
            nodes.shutdown();
        }
        assertThat(periodsBilled(p)).hasSize(7);
        assertThat(periodsBilled(q)).hasSize(2);
        assertThat(invoiceCount()).isEqualTo(9);
        assertThat(jobOn("2027-07-20")).isZero();
    }

    @Test
    void the_database_refuses_a_second_run_for_the_same_period() {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> {});
        jobOn("2027-01-15");
        long invoiceId = jdbc.queryForObject(
                "select invoice_id from recurring_runs where profile_id = ?", Long.class, p.getId());

        assertThatThrownBy(() -> jdbc.update(
                        "insert into recurring_runs (profile_id, period_index, period_start, invoice_id, created_at)"
                                + " values (?, 0, ?, ?, current_timestamp)",
                        p.getId(),
                        LocalDate.parse("2027-01-15"),
                        invoiceId))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_trashed_client_stops_its_profiles_with_the_reason() {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> {});
        testData.trash(acme);

        assertThat(jobOn("2027-03-01")).isZero();

        assertThat(invoiceCount()).isZero();
        String[] state = jdbc.queryForObject(
                "select status, status_reason from recurring_profiles where id = ?",
                (rs, n) -> new String[] {rs.getString(1), rs.getString(2)},
                p.getId());
        assertThat(state).containsExactly("STOPPED", RecurringService.REASON_CLIENT_TRASHED);
    }

    @Test
    void paused_profiles_bill_nothing_resumed_ones_catch_up_and_stopped_ones_stay_stopped() {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> {});
        actAs("STAFF");
        recurring.pause(p.getId());
        assertThat(jobOn("2027-03-01")).isZero();

        actAs("STAFF");
        recurring.resume(p.getId());
        assertThat(jobOn("2027-03-01")).isEqualTo(2);

        actAs("STAFF");
        recurring.stop(p.getId());
        assertThat(jobOn("2027-06-01")).isZero();
        actAs("STAFF");
        assertThatThrownBy(() -> recurring.resume(p.getId()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("recurring.stopped.final"));
        assertThat(periodsBilled(p)).hasSize(2);
    }

    @Test
    void the_profile_lists_what_it_created_with_the_invoices_status() {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> x.setMode(RecurringMode.ISSUE));
        jobOn("2027-02-20");

        actAs("STAFF");
        List<RecurringRunRow> rows = recurring.runs(p.getId(), org.springframework.data.domain.PageRequest.of(0, 10));
        assertThat(rows)
                .extracting(RecurringRunRow::periodStart)
                .containsExactly(LocalDate.parse("2027-02-15"), LocalDate.parse("2027-01-15"));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.number()).isNotNull();
            assertThat(r.status()).isIn(InvoiceStatus.SENT, InvoiceStatus.OVERDUE);
        });
        assertThat(recurring.countRuns(p.getId())).isEqualTo(2);
    }

    @Test
    void issue_and_email_sends_each_invoice_once_in_the_clients_language_and_retries_after_a_mail_failure()
            throws Exception {
        Client kunde = testData.company("Kunde AG", "rechnung@kunde.example");
        kunde.setLanguage("de");
        kunde = testData.save(kunde);
        RecurringProfile p =
                profile(kunde, "2027-01-10", Frequency.MONTHLY, x -> x.setMode(RecurringMode.ISSUE_AND_EMAIL));

        mailServerDown();
        assertThat(jobOn("2027-01-10")).isZero();
        assertThat(invoiceCount()).isZero();
        assertThat(reload(p).getStatus()).isEqualTo(RecurringStatus.ACTIVE);
        assertThat(reload(p).getGeneratedCount()).isZero();

        mailServerUp();
        assertThat(jobOn("2027-01-11")).isEqualTo(1);
        assertThat(jobOn("2027-01-12")).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        Invoice invoice = invoicesOf(p).getFirst();
        assertThat(received[0].getSubject()).startsWith("Rechnung " + invoice.getNumber());
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("rechnung@kunde.example");
        assertThat(invoice.getStatus()).isEqualTo(InvoiceStatus.SENT);
    }

    @Test
    void a_profile_that_keeps_failing_does_not_hold_back_the_ones_due_after_it() {
        Client kunde = testData.company("Kunde AG", "rechnung@kunde.example");
        RecurringProfile failing =
                profile(kunde, "2027-01-09", Frequency.MONTHLY, x -> x.setMode(RecurringMode.ISSUE_AND_EMAIL));
        RecurringProfile drafts = profile(acme, "2027-01-10", Frequency.MONTHLY, x -> {});
        Clock fixed = Clock.fixed(LocalDate.parse("2027-01-10").atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        mailServerDown();
        // Pages of one: the failing profile, due first, fills the first page as 200 failing ones would fill the job's.
        assertThat(new RecurringInvoiceJob(recurring, fixed, 1).runOn(LocalDate.parse("2027-01-10")))
                .isEqualTo(1);

        assertThat(periodsBilled(drafts)).containsExactly(LocalDate.parse("2027-01-10"));
        assertThat(periodsBilled(failing)).isEmpty();
        assertThat(reload(failing).getStatus()).isEqualTo(RecurringStatus.ACTIVE);
    }

    @Test
    void issue_and_email_in_english_for_an_english_client() throws Exception {
        RecurringProfile p =
                profile(acme, "2027-01-10", Frequency.MONTHLY, x -> x.setMode(RecurringMode.ISSUE_AND_EMAIL));

        assertThat(jobOn("2027-01-10")).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject())
                .startsWith("Invoice " + invoicesOf(p).getFirst().getNumber());
    }

    @Test
    void bad_profiles_are_refused_with_the_field_named_and_nothing_saved() {
        actAs("STAFF");
        RecurringProfile p = recurring.newProfile(acme.getId());
        p.setTitle("Hosting");
        assertThatThrownBy(() -> recurring.save(p))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("recurring.lines.required"));
        p.setLines(List.of(new RecurringLine("x", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO)));
        p.setStartDate(LocalDate.parse("2027-05-01"));
        p.setEndDate(LocalDate.parse("2027-04-01"));
        assertThatThrownBy(() -> recurring.save(p))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("recurring.end.before-start"));
        p.setEndDate(null);
        p.setLines(List.of(new RecurringLine("x", BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO)));
        assertThatThrownBy(() -> recurring.save(p))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("recurring.line.quantity.positive"));
        assertThat(jdbc.queryForObject("select count(*) from recurring_profiles", Long.class))
                .isZero();
    }

    @Test
    void a_profile_that_created_invoices_keeps_its_start_date() {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> {});
        jobOn("2027-01-15");
        actAs("STAFF");
        RecurringProfile edited = recurring.get(p.getId());
        edited.setStartDate(LocalDate.parse("2027-01-01"));
        assertThatThrownBy(() -> recurring.save(edited))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("recurring.start.locked"));
    }

    @Test
    void a_profile_whose_invoice_billing_refuses_is_paused_with_the_reason_and_bills_after_resume() {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> x.setMode(RecurringMode.ISSUE));
        jdbc.update("update system_settings set issue_requires_address = true");

        assertThat(jobOn("2027-01-15")).isZero();

        RecurringProfile paused = reload(p);
        assertThat(paused.getStatus()).isEqualTo(RecurringStatus.PAUSED);
        assertThat(paused.getStatusReason()).isEqualTo("billing.issue.address-required");
        assertThat(paused.getStatusArguments()).containsExactly("Acme GmbH");
        assertThat(invoiceCount()).isZero();

        jdbc.update("update system_settings set issue_requires_address = false");
        actAs("STAFF");
        recurring.resume(p.getId());
        assertThat(jobOn("2027-01-16")).isEqualTo(1);
        assertThat(reload(p).getStatusReason()).isNull();
    }

    @Test
    void a_restricted_staff_member_does_not_see_profiles_of_clients_they_do_not_see() {
        RecurringProfile p = profile(acme, "2027-01-15", Frequency.MONTHLY, x -> {});
        testData.restrictStaff();
        actAsAccount(TestData.STAFF);

        assertThatThrownBy(() -> recurring.get(p.getId())).isInstanceOf(RecurringNotFoundException.class);
        assertThatThrownBy(() -> recurring.pause(p.getId())).isInstanceOf(RecurringNotFoundException.class);
        assertThatThrownBy(
                        () -> recurring.forClient(acme.getId(), org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(io.clientele.client.ClientNotFoundException.class);
        assertThat(reload(p).getStatus()).isEqualTo(RecurringStatus.ACTIVE);
    }
}
