package io.clientele.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentService;
import io.clientele.client.Client;
import io.clientele.contact.RecipientRole;
import io.clientele.support.MailTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Payment reminders and the job that sends them, driven by a fixed clock moved across an invoice's due date; mails go
 * to GreenMail. The installation's schedule in these tests: a week before the due date, 3 and 14 days after it.
 */
class DunningServiceTest extends MailTest {

    private static final String DUE = "2027-03-01";

    @Autowired
    DunningService dunning;

    @Autowired
    InvoiceService invoices;

    @Autowired
    PaymentService payments;

    @Autowired
    CreditNoteService creditNotes;

    @Autowired
    JdbcTemplate jdbc;

    private Client acme;

    @BeforeEach
    void data() {
        acme = testData.company("Acme Ltd", "billing@acme.example");
        schedule(-7, 3, 14);
    }

    private void schedule(Integer first, Integer second, Integer third) {
        SystemAuthentication.run(() -> {
            ReminderPolicy p = dunning.installationPolicy();
            p.setStep1Days(first);
            p.setStep2Days(second);
            p.setStep3Days(third);
            dunning.saveInstallationPolicy(p);
        });
    }

    /** The job as it runs on the given day: the same class the scheduler calls, with a clock fixed on that day. */
    private int jobOn(String day) {
        Clock fixed = Clock.fixed(LocalDate.parse(day).atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new PaymentReminderJob(dunning, fixed).runOn(LocalDate.now(fixed));
    }

    /** An invoice sent to the client, due on {@code due}, for 100 plus 19 % tax. */
    private Invoice sentInvoice(Client client, String due) {
        return SystemAuthentication.call(() -> {
            Invoice draft = invoices.newInvoice(client.getId());
            draft.setDueDate(LocalDate.parse(due));
            draft.setLines(List.of(
                    new DocumentLine("Consulting", BigDecimal.ONE, new BigDecimal("100.00"), new BigDecimal("19"))));
            long id = invoices.save(draft).getId();
            invoices.markSent(id);
            // An e-mailed invoice has its public link already: sending a reminder then writes nothing to the
            // invoice, so nothing but the reminder's own guards keeps two nodes from sending it twice.
            invoices.publicToken(id);
            return invoices.get(id);
        });
    }

    private List<String> steps(Invoice invoice) {
        return jdbc.queryForList(
                "select concat(step, ':', status) from payment_reminders where invoice_id = ? order by step",
                String.class,
                invoice.getId());
    }

    private MimeMessage[] mails() {
        return smtp.getReceivedMessages();
    }

    @Test
    void the_step_before_the_due_date_and_two_after_it_go_out_on_their_days_once_each() throws Exception {
        Invoice invoice = sentInvoice(acme, DUE);

        assertThat(jobOn("2027-02-21")).isZero();
        assertThat(jobOn("2027-02-22")).isEqualTo(1);
        assertThat(jobOn("2027-02-23")).isZero();
        assertThat(jobOn("2027-03-03")).isZero();
        assertThat(jobOn("2027-03-04")).isEqualTo(1);
        assertThat(jobOn("2027-03-04")).isZero();
        assertThat(jobOn("2027-03-15")).isEqualTo(1);
        assertThat(jobOn("2027-03-20")).isZero();

        assertThat(steps(invoice)).containsExactly("1:SENT", "2:SENT", "3:SENT");
        assertThat(mails()).hasSize(3);
        assertThat(mails()[0].getSubject())
                .isEqualTo("Upcoming payment: invoice " + invoice.getNumber() + " from Clientele");
        assertThat(mails()[1].getSubject())
                .isEqualTo("Payment reminder: invoice " + invoice.getNumber() + " from Clientele");
        assertThat(mails()[0].getAllRecipients()[0].toString()).isEqualTo("billing@acme.example");
        List<ReminderLogRow> log = SystemAuthentication.call(() -> dunning.log(invoice.getId(), PageRequest.of(0, 10)));
        assertThat(log).extracting(ReminderLogRow::step).containsExactly(3, 2, 1);
        assertThat(log.getFirst().recipients()).isEqualTo("billing@acme.example");
    }

    @Test
    void after_downtime_only_the_latest_step_due_goes_out_and_none_beyond_the_catch_up() {
        Invoice late = sentInvoice(acme, DUE);
        Invoice ancient = sentInvoice(acme, "2027-01-01");

        // Down from before the first step until the second: the first is not sent late.
        assertThat(jobOn("2027-03-06")).isEqualTo(1);

        assertThat(steps(late)).containsExactly("2:SENT");
        assertThat(steps(ancient)).isEmpty(); // step 3 was due on 15 January, more than 14 days ago
    }

    @Test
    void a_step_is_due_from_its_day_for_the_catch_up_days_and_gives_way_to_the_next_step() {
        ReminderPolicy policy = SystemAuthentication.call(dunning::installationPolicy); // -7, 3, 14

        assertThat(DunningService.dueStep(policy, -8)).isZero();
        assertThat(DunningService.dueStep(policy, -7)).isEqualTo(1);
        assertThat(DunningService.dueStep(policy, 2)).isEqualTo(1);
        assertThat(DunningService.dueStep(policy, 3)).isEqualTo(2);
        assertThat(DunningService.dueStep(policy, 14 + DunningService.CATCH_UP_DAYS))
                .isEqualTo(3);
        // Beyond the catch-up a late step is not sent at all (even where the job's window reaches that far).
        assertThat(DunningService.dueStep(policy, 15 + DunningService.CATCH_UP_DAYS))
                .isZero();
    }

    @Test
    void paid_cancelled_and_disputed_invoices_and_opted_out_clients_get_no_reminder() {
        Invoice open = sentInvoice(acme, DUE);
        Invoice paid = sentInvoice(acme, DUE);
        Invoice cancelled = sentInvoice(acme, DUE);
        Invoice disputed = sentInvoice(acme, DUE);
        Client quiet = testData.company("Quiet GmbH", "billing@quiet.example");
        Invoice optedOut = sentInvoice(quiet, DUE);
        SystemAuthentication.run(() -> {
            Payment p = new Payment();
            p.setAmount(new BigDecimal("119.00"));
            p.setReference("TRX-1");
            p.setDate(LocalDate.parse("2027-02-01"));
            payments.record(paid.getId(), p);
            creditNotes.cancelInvoice(cancelled.getId(), "Cancelled");
            invoices.markDisputed(disputed.getId(), "Work not delivered");
            ReminderPolicy policy = dunning.clientPolicy(quiet.getId());
            policy.setOptedOut(true);
            dunning.saveClientPolicy(policy);
        });
        assertThat(testDocs().reload(paid).getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(testDocs().reload(cancelled).getStatus()).isEqualTo(InvoiceStatus.CANCELLED);

        assertThat(jobOn("2027-03-04")).isEqualTo(1);

        assertThat(steps(open)).containsExactly("2:SENT");
        assertThat(steps(paid)).isEmpty();
        assertThat(steps(cancelled)).isEmpty();
        assertThat(steps(disputed)).isEmpty();
        assertThat(steps(optedOut)).isEmpty();
        assertThat(mails()).hasSize(1);

        // Clearing the dispute resumes the invoice's reminders with the next step due.
        SystemAuthentication.run(() -> invoices.clearDispute(disputed.getId()));
        assertThat(jobOn("2027-03-15")).isEqualTo(2);
        assertThat(steps(disputed)).containsExactly("3:SENT");
    }

    @Test
    void contacts_not_addressed_by_default_get_no_reminder() throws Exception {
        testData.contact(acme, "Nina", "None", c -> {
            c.setEmail("nina@acme.example");
            c.setDefaultRole(RecipientRole.NONE);
        });
        testData.contact(acme, "Carl", "Copy", c -> {
            c.setEmail("carl@acme.example");
            c.setDefaultRole(RecipientRole.CC);
        });
        sentInvoice(acme, DUE);

        jobOn("2027-03-04");

        // GreenMail keeps one copy per recipient: two, both of the one reminder naming both addresses.
        assertThat(mails()).hasSize(2);
        assertThat(List.of(mails()[0].getAllRecipients()).stream().map(Object::toString))
                .containsExactlyInAnyOrder("billing@acme.example", "carl@acme.example");
    }

    @Test
    void a_client_with_its_own_schedule_is_reminded_on_its_days() {
        Client own = testData.company("Own Schedule SA", "billing@own.example");
        Invoice invoice = sentInvoice(own, DUE);
        SystemAuthentication.run(() -> {
            ReminderPolicy policy = dunning.clientPolicy(own.getId());
            policy.setOwnSchedule(true);
            policy.setStep1Days(1);
            policy.setStep2Days(null);
            policy.setStep3Days(null);
            dunning.saveClientPolicy(policy);
        });

        assertThat(jobOn("2027-02-22")).isZero(); // the installation's first step does not apply to it
        assertThat(jobOn("2027-03-02")).isEqualTo(1);
        assertThat(jobOn("2027-03-04")).isZero();

        assertThat(steps(invoice)).containsExactly("1:SENT");
    }

    @Test
    void two_schedulers_at_once_send_each_step_once() throws Exception {
        List<Invoice> due = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            due.add(sentInvoice(acme, DUE));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return jobOn("2027-03-04");
                }));
            }
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(6);
        } finally {
            nodes.shutdown();
        }
        assertThat(mails()).hasSize(6);
        assertThat(jobOn("2027-03-04")).isZero();
        assertThat(due).allSatisfy(i -> assertThat(steps(i)).containsExactly("2:SENT"));
    }

    @Test
    void a_mail_server_that_is_down_leaves_the_reminder_pending_and_the_next_run_sends_it_exactly_once() {
        Invoice invoice = sentInvoice(acme, DUE);

        mailServerDown();
        assertThat(jobOn("2027-03-04")).isZero();
        assertThat(steps(invoice)).containsExactly("2:PENDING");
        assertThat(jdbc.queryForObject(
                        "select last_error from payment_reminders where invoice_id = ?", String.class, invoice.getId()))
                .isEqualTo("billing.mail.delivery-failed");

        mailServerUp();
        assertThat(jobOn("2027-03-05")).isEqualTo(1);
        assertThat(jobOn("2027-03-06")).isZero();

        assertThat(steps(invoice)).containsExactly("2:SENT");
        assertThat(mails()).hasSize(1);
    }

    @Test
    void a_reminder_is_in_the_clients_language_with_the_invoice_pdf_and_its_public_link() throws Exception {
        Client kunde = testData.company("Kunde AG", "rechnung@kunde.example");
        kunde.setLanguage("de");
        kunde = testData.save(kunde);
        Invoice invoice = sentInvoice(kunde, DUE);

        jobOn("2027-03-04");

        MimeMessage mail = mails()[0];
        assertThat(mail.getSubject())
                .isEqualTo("Zahlungserinnerung: Rechnung " + invoice.getNumber() + " von Clientele");
        String body = text(mail);
        assertThat(body).contains("Guten Tag Kunde AG", "fällig am 01.03.2027, noch nicht bezahlt");
        assertThat(body).contains("Offener Betrag: 119,00");
        assertThat(body).contains("/public/invoice/" + testDocs().publicToken(invoice));
        assertThat(attachments(mail)).containsExactly(invoice.getNumber() + ".pdf");
    }

    @Test
    void a_reminder_before_the_due_date_in_english_says_it_is_due() throws Exception {
        Invoice invoice = sentInvoice(acme, DUE);

        jobOn("2027-02-22");

        MimeMessage mail = mails()[0];
        assertThat(text(mail)).contains("Hello Acme Ltd", "invoice " + invoice.getNumber() + " is due on Mar 1, 2027");
        assertThat(attachments(mail)).containsExactly(invoice.getNumber() + ".pdf");
    }

    @Test
    void a_late_fee_is_a_separate_issued_invoice_named_and_attached_by_the_first_reminder_after_the_due_date()
            throws Exception {
        SystemAuthentication.run(() -> {
            ReminderPolicy p = dunning.installationPolicy();
            p.setFeeKind(FeeKind.FIXED);
            p.setFeeAmount(new BigDecimal("5.00"));
            dunning.saveInstallationPolicy(p);
        });
        Invoice invoice = sentInvoice(acme, DUE);

        jobOn("2027-02-22"); // before the due date: no fee
        jobOn("2027-03-04");
        jobOn("2027-03-15"); // one fee per invoice

        Long feeId = jdbc.queryForObject(
                "select fee_invoice_id from payment_reminders where invoice_id = ? and step = 2",
                Long.class,
                invoice.getId());
        Invoice fee = invoiceById(feeId);
        assertThat(fee.getTotal()).isEqualByComparingTo("5.00");
        assertThat(fee.getNumber()).isNotNull();
        assertThat(fee.getLines().getFirst().getDescription()).isEqualTo("Late fee for invoice " + invoice.getNumber());
        assertThat(testDocs().reload(invoice).getTotal()).isEqualByComparingTo("119.00"); // the record is untouched
        assertThat(jdbc.queryForObject(
                        "select count(*) from payment_reminders where fee_invoice_id is not null", Long.class))
                .isEqualTo(1);
        assertThat(attachments(mails()[0])).hasSize(1);
        assertThat(attachments(mails()[1])).containsExactly(invoice.getNumber() + ".pdf", fee.getNumber() + ".pdf");
        assertThat(text(mails()[1])).contains("late fee of €5.00", fee.getNumber());
        assertThat(attachments(mails()[2])).hasSize(1);
    }

    @Test
    void send_reminder_now_goes_out_once_per_confirmation_and_refuses_paid_invoices_and_opted_out_clients() {
        Invoice invoice = sentInvoice(acme, DUE);
        actAsAccount("staff");

        dunning.sendNow(invoice.getId(), "confirm-1");
        dunning.sendNow(invoice.getId(), "confirm-1");

        assertThat(mails()).hasSize(1);
        assertThat(steps(invoice)).containsExactly("0:SENT");
        assertThat(dunning.log(invoice.getId(), PageRequest.of(0, 5)).getFirst().sentBy())
                .isEqualTo("Sam Staff");

        SystemAuthentication.run(() -> invoices.markDisputed(invoice.getId(), "Wrong hours"));
        assertThatThrownBy(() -> dunning.sendNow(invoice.getId(), "confirm-2"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "dunning.not-open");
        assertThat(mails()).hasSize(1);
    }

    @Test
    void restricted_staff_cannot_remind_or_read_the_log_of_invoices_of_clients_they_do_not_see() {
        Invoice invoice = sentInvoice(acme, DUE);
        testData.restrictStaff();
        actAsAccount("staff");

        assertThatThrownBy(() -> dunning.sendNow(invoice.getId(), "k")).isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> dunning.log(invoice.getId(), PageRequest.of(0, 5)))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThat(mails()).isEmpty();
    }

    @Test
    void schedules_with_steps_out_of_order_gaps_or_out_of_range_are_refused_and_nothing_is_saved() {
        assertThatThrownBy(() -> schedule(5, 3, null)).hasFieldOrPropertyWithValue("messageKey", "dunning.step.order");
        assertThatThrownBy(() -> schedule(5, null, 9)).hasFieldOrPropertyWithValue("messageKey", "dunning.step.gap");
        assertThatThrownBy(() -> schedule(-61, null, null))
                .hasFieldOrPropertyWithValue("messageKey", "dunning.step.range");
        ReminderPolicy stored = SystemAuthentication.call(dunning::installationPolicy);
        assertThat(stored.activeSteps()).containsExactly(-7, 3, 14);
    }

    private Invoice invoiceById(long id) {
        return SystemAuthentication.call(() -> invoices.get(id));
    }

    private io.clientele.support.TestDocuments testDocs() {
        return context.getBean(io.clientele.support.TestDocuments.class);
    }

    private static String text(MimeMessage mail) throws Exception {
        return text(mail.getContent());
    }

    /** The first plain-text part that is not an attachment, however deep the multiparts nest. */
    private static String text(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    continue;
                }
                String found = part.isMimeType("text/plain") ? part.getContent().toString() : text(part.getContent());
                if (!found.isEmpty()) {
                    return found;
                }
            }
            return "";
        }
        return content instanceof String text ? text : "";
    }

    private static List<String> attachments(MimeMessage mail) throws Exception {
        List<String> names = new ArrayList<>();
        collectAttachments(mail.getContent(), names);
        return names;
    }

    private static void collectAttachments(Object content, List<String> names) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getFileName() != null) {
                    names.add(part.getFileName());
                } else {
                    collectAttachments(part.getContent(), names);
                }
            }
        }
    }
}
