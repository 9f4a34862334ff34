package io.clientele.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.contact.Contact;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * Scheduled statements and the job that sends them, driven by a fixed clock moved across months, quarters, a leap
 * year's February and a downtime; mails go to GreenMail.
 */
class StatementServiceTest extends MailTest {

    @Autowired
    StatementService statements;

    @Autowired
    InvoiceService invoices;

    @Autowired
    JdbcTemplate jdbc;

    private Client acme;

    @BeforeEach
    void data() {
        acme = testData.company("Acme Ltd", "billing@acme.example");
        receiver(acme, "Fay", "fay@acme.example");
    }

    /** A contact marked to receive statements who agreed to receive e-mail. */
    private Contact receiver(Client client, String name, String email) {
        return testData.contact(client, name, "Finance", c -> {
            c.setEmail(email);
            c.setOptIn(true);
            c.setReceivesStatements(true);
        });
    }

    private void schedule(Client client, StatementFrequency frequency, boolean attachOpen) {
        SystemAuthentication.run(() -> {
            StatementSchedule s = statements.schedule(client.getId());
            s.setFrequency(frequency);
            s.setAttachOpenInvoices(attachOpen);
            statements.saveSchedule(s);
        });
    }

    /** The job as it runs on the given day: the same class the scheduler calls, with a clock fixed on that day. */
    private int jobOn(String day) {
        Clock fixed = Clock.fixed(LocalDate.parse(day).atTime(6, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new StatementJob(statements, fixed, StatementJob.DISABLED).runOn(LocalDate.now(fixed));
    }

    /** The client's statement e-mails as "first day..last day:status", oldest period first. */
    private List<String> sends(Client client) {
        return jdbc
                .queryForList(
                        "select period_start, period_end, status from statement_sends where client_id = ?"
                                + " order by period_start, id",
                        client.getId())
                .stream()
                .map(r -> r.get("period_start") + ".." + r.get("period_end") + ":" + r.get("status"))
                .toList();
    }

    private String lastError(Client client) {
        return jdbc.queryForObject(
                "select last_error from statement_sends where client_id = ?", String.class, client.getId());
    }

    /** An invoice sent to the client for 100 plus 19 % tax. */
    private Invoice sentInvoice(Client client) {
        return SystemAuthentication.call(() -> {
            Invoice draft = invoices.newInvoice(client.getId());
            draft.setDueDate(LocalDate.now().plusDays(30));
            draft.setLines(List.of(
                    new DocumentLine("Consulting", BigDecimal.ONE, new BigDecimal("100.00"), new BigDecimal("19"))));
            long id = invoices.save(draft).getId();
            invoices.markSent(id);
            return invoices.get(id);
        });
    }

    private MimeMessage[] mails() {
        return smtp.getReceivedMessages();
    }

    @Test
    void monthly_statements_go_out_on_the_first_day_after_each_month_once_each() throws Exception {
        schedule(acme, StatementFrequency.MONTHLY, false);

        assertThat(jobOn("2027-02-27")).isZero(); // January ended 27 days ago: beyond the catch-up
        assertThat(jobOn("2027-03-01")).isEqualTo(1);
        assertThat(jobOn("2027-03-01")).isZero();
        assertThat(jobOn("2027-03-15")).isZero();
        assertThat(jobOn("2027-04-01")).isEqualTo(1);

        assertThat(sends(acme)).containsExactly("2027-02-01..2027-02-28:SENT", "2027-03-01..2027-03-31:SENT");
        assertThat(mails()).hasSize(2);
        assertThat(mails()[0].getAllRecipients()[0].toString()).isEqualTo("fay@acme.example");
    }

    @Test
    void a_leap_years_february_ends_on_the_29th_and_quarters_run_across_the_new_year() {
        Client quarterly = testData.company("Quarterly SA", "billing@quarterly.example");
        receiver(quarterly, "Quinn", "quinn@quarterly.example");
        schedule(acme, StatementFrequency.MONTHLY, false);
        schedule(quarterly, StatementFrequency.QUARTERLY, false);

        assertThat(jobOn("2028-01-01")).isEqualTo(2); // December and the fourth quarter of 2027
        assertThat(jobOn("2028-02-01")).isEqualTo(1); // January; the quarter is not over
        assertThat(jobOn("2028-03-01")).isEqualTo(1);
        assertThat(jobOn("2028-04-01")).isEqualTo(2);

        assertThat(sends(acme))
                .containsExactly(
                        "2027-12-01..2027-12-31:SENT",
                        "2028-01-01..2028-01-31:SENT",
                        "2028-02-01..2028-02-29:SENT",
                        "2028-03-01..2028-03-31:SENT");
        assertThat(sends(quarterly)).containsExactly("2027-10-01..2027-12-31:SENT", "2028-01-01..2028-03-31:SENT");
    }

    @Test
    void after_downtime_only_the_latest_ended_period_goes_out_and_none_beyond_the_catch_up() {
        schedule(acme, StatementFrequency.MONTHLY, false);
        assertThat(jobOn("2027-01-01")).isEqualTo(1);

        // Down from 2 January to 5 March: January is not sent late, February is, once.
        assertThat(jobOn("2027-03-05")).isEqualTo(1);
        assertThat(jobOn("2027-03-06")).isZero();
        // Down again all April and into May: April's statement would be more than the catch-up days late.
        assertThat(jobOn("2027-05-" + (1 + StatementService.CATCH_UP_DAYS))).isZero();
        assertThat(jobOn("2027-06-01")).isEqualTo(1);

        assertThat(sends(acme))
                .containsExactly(
                        "2026-12-01..2026-12-31:SENT", "2027-02-01..2027-02-28:SENT", "2027-05-01..2027-05-31:SENT");
        assertThat(mails()).hasSize(3);
    }

    @Test
    void the_start_up_catch_up_runs_only_where_the_job_is_switched_on() {
        schedule(acme, StatementFrequency.MONTHLY, false);
        Clock march = Clock.fixed(LocalDate.parse("2027-03-01").atTime(0, 5).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        new StatementJob(statements, march, StatementJob.DISABLED).catchUp();
        assertThat(sends(acme)).isEmpty();

        new StatementJob(statements, march, "0 50 * * * *").catchUp();
        assertThat(sends(acme)).containsExactly("2027-02-01..2027-02-28:SENT");
    }

    @Test
    void a_catch_up_on_the_last_allowed_day_still_sends() {
        schedule(acme, StatementFrequency.MONTHLY, false);

        assertThat(jobOn("2027-03-" + StatementService.CATCH_UP_DAYS)).isEqualTo(1);
        assertThat(sends(acme)).containsExactly("2027-02-01..2027-02-28:SENT");
    }

    @Test
    void a_client_in_the_trash_gets_nothing_and_its_log_says_why() {
        schedule(acme, StatementFrequency.MONTHLY, false);
        testData.trash(acme);

        assertThat(jobOn("2027-03-01")).isZero();

        assertThat(mails()).isEmpty();
        assertThat(sends(acme)).containsExactly("2027-02-01..2027-02-28:SKIPPED");
        assertThat(lastError(acme)).isEqualTo("statement.skipped.client-trashed");
        assertThat(jobOn("2027-03-02")).isZero();
        assertThat(mails()).isEmpty();
    }

    @Test
    void only_live_contacts_marked_to_receive_statements_and_opted_in_get_them() throws Exception {
        testData.contact(acme, "Otto", "Optout", c -> {
            c.setEmail("otto@acme.example");
            c.setOptIn(false);
            c.setReceivesStatements(true);
        });
        testData.contact(acme, "Nina", "Notmarked", c -> {
            c.setEmail("nina@acme.example");
            c.setOptIn(true);
        });
        schedule(acme, StatementFrequency.MONTHLY, false);

        jobOn("2027-03-01");

        assertThat(mails()).hasSize(1);
        assertThat(mails()[0].getAllRecipients()).extracting(Object::toString).containsExactly("fay@acme.example");
    }

    @Test
    void without_anyone_to_send_to_the_statement_stays_pending_with_the_reason_and_goes_out_once_someone_is() {
        Client quiet = testData.company("Quiet GmbH", "billing@quiet.example");
        schedule(quiet, StatementFrequency.MONTHLY, false);

        assertThat(jobOn("2027-03-01")).isZero();
        assertThat(sends(quiet)).containsExactly("2027-02-01..2027-02-28:PENDING");
        assertThat(lastError(quiet)).isEqualTo("statement.no-recipients");

        receiver(quiet, "Quentin", "quentin@quiet.example");
        assertThat(jobOn("2027-03-02")).isEqualTo(1);
        assertThat(sends(quiet)).containsExactly("2027-02-01..2027-02-28:SENT");
    }

    @Test
    void a_mail_server_that_is_down_leaves_the_statement_pending_and_the_next_run_sends_it_exactly_once() {
        schedule(acme, StatementFrequency.MONTHLY, false);

        mailServerDown();
        assertThat(jobOn("2027-03-01")).isZero();
        assertThat(sends(acme)).containsExactly("2027-02-01..2027-02-28:PENDING");
        assertThat(lastError(acme)).isEqualTo("billing.mail.delivery-failed");

        mailServerUp();
        assertThat(jobOn("2027-03-02")).isEqualTo(1);
        assertThat(jobOn("2027-03-03")).isZero();

        assertThat(sends(acme)).containsExactly("2027-02-01..2027-02-28:SENT");
        assertThat(mails()).hasSize(1);
    }

    @Test
    void two_job_runs_at_once_send_each_statement_exactly_once() throws Exception {
        List<Client> clients = new ArrayList<>(List.of(acme));
        for (int i = 0; i < 3; i++) {
            Client c = testData.company("Parallel " + i, "p" + i + "@parallel.example");
            receiver(c, "P" + i, "finance" + i + "@parallel.example");
            clients.add(c);
        }
        clients.forEach(c -> schedule(c, StatementFrequency.MONTHLY, false));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    start.await();
                    return jobOn("2027-03-01");
                }));
            }
            assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(clients.size());
        } finally {
            nodes.shutdown();
        }
        assertThat(mails()).hasSize(clients.size());
        assertThat(jobOn("2027-03-01")).isZero();
        assertThat(clients).allSatisfy(c -> assertThat(sends(c)).containsExactly("2027-02-01..2027-02-28:SENT"));
    }

    @Test
    void the_statement_mail_in_english_names_period_and_balance_and_carries_the_pdf_and_the_open_invoices()
            throws Exception {
        Invoice open = sentInvoice(acme);
        schedule(acme, StatementFrequency.MONTHLY, true);

        jobOn("2027-03-01");

        MimeMessage mail = mails()[0];
        assertThat(mail.getSubject()).isEqualTo("Statement of account Feb 1, 2027 – Feb 28, 2027 from Clientele");
        assertThat(text(mail))
                .contains(
                        "Hello Acme Ltd,",
                        "statement of account for Feb 1, 2027 – Feb 28, 2027",
                        "Balance at the end of the period: €119.00",
                        "Kind regards,\nClientele");
        assertThat(attachments(mail))
                .containsExactly("statement-Acme-Ltd-2027-02-01-2027-02-28.pdf", open.getNumber() + ".pdf");
    }

    @Test
    void the_statement_mail_speaks_the_clients_language_and_leaves_open_invoices_out_unless_asked() throws Exception {
        Client kunde = testData.company("Kunde AG", "rechnung@kunde.example");
        kunde.setLanguage("de");
        kunde = testData.save(kunde);
        receiver(kunde, "Frieda", "frieda@kunde.example");
        sentInvoice(kunde);
        schedule(kunde, StatementFrequency.QUARTERLY, false);

        jobOn("2027-04-01");

        MimeMessage mail = mails()[0];
        assertThat(mail.getSubject()).isEqualTo("Kontoauszug 01.01.2027 – 31.03.2027 von Clientele");
        assertThat(text(mail))
                .contains(
                        "Guten Tag Kunde AG,", "Saldo am Ende des Zeitraums: 119,00\u00a0€", "Mit freundlichen Grüßen");
        assertThat(attachments(mail)).containsExactly("statement-Kunde-AG-2027-01-01-2027-03-31.pdf");
    }

    @Test
    void send_statement_now_goes_out_once_per_confirmation_and_the_job_then_leaves_that_period_alone() {
        schedule(acme, StatementFrequency.MONTHLY, false);
        actAsAccount("staff");

        statements.sendNow(acme.getId(), "confirm-1");
        statements.sendNow(acme.getId(), "confirm-1");

        assertThat(mails()).hasSize(1);
        StatementLogRow row = statements.log(acme.getId(), PageRequest.of(0, 5)).getFirst();
        assertThat(row.status()).isEqualTo(StatementStatus.SENT);
        assertThat(row.sentBy()).isEqualTo("Sam Staff");
        assertThat(row.recipients()).isEqualTo("fay@acme.example");
        assertThat(jobOn(row.to().plusDays(1).toString())).isZero();
        assertThat(mails()).hasSize(1);
    }

    @Test
    void send_statement_now_without_anyone_to_send_to_is_refused_and_logs_nothing() {
        Client quiet = testData.company("Quiet GmbH", "billing@quiet.example");
        actAsAccount("staff");

        assertThatThrownBy(() -> statements.sendNow(quiet.getId(), "k"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "statement.no-recipients");
        assertThat(sends(quiet)).isEmpty();
    }

    @Test
    void managers_read_but_cannot_send_or_change_and_restricted_staff_do_not_see_other_clients() {
        actAsAccount("manager");
        assertThat(statements.schedule(acme.getId()).getFrequency()).isEqualTo(StatementFrequency.NONE);
        assertThatThrownBy(() -> statements.sendNow(acme.getId(), "k")).isInstanceOf(AccessDeniedException.class);
        StatementSchedule s = statements.schedule(acme.getId());
        s.setFrequency(StatementFrequency.MONTHLY);
        assertThatThrownBy(() -> statements.saveSchedule(s)).isInstanceOf(AccessDeniedException.class);

        testData.restrictStaff();
        actAsAccount("staff");
        assertThatThrownBy(() -> statements.sendNow(acme.getId(), "k")).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> statements.log(acme.getId(), PageRequest.of(0, 5)))
                .isInstanceOf(ClientNotFoundException.class);
        assertThat(mails()).isEmpty();
    }

    @Test
    void the_next_statement_is_due_now_while_the_latest_period_is_unsent_and_then_after_the_next_period() {
        schedule(acme, StatementFrequency.MONTHLY, false);
        StatementService.NextStatement next =
                SystemAuthentication.call(() -> statements.tab(acme.getId()).next());
        assertThat(next).isNotNull();
        LocalDate today = LocalDate.now();
        StatementPeriod latest = StatementPeriod.latestEnded(StatementFrequency.MONTHLY, today);
        if (StatementService.withinCatchUp(latest, today)) {
            assertThat(next).isEqualTo(new StatementService.NextStatement(today, latest, true));
        } else {
            assertThat(next.sendOn()).isEqualTo(today.withDayOfMonth(1).plusMonths(1));
            assertThat(next.dueNow()).isFalse();
        }
    }

    private static String text(MimeMessage mail) throws Exception {
        return text(mail.getContent()).replace("\r\n", "\n");
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
