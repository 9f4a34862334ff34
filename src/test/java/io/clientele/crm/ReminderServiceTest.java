package io.clientele.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientService;
import io.clientele.support.MailTest;
import io.clientele.support.TestData;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reminders through the service, and the job that e-mails due ones (to GreenMail). */
class ReminderServiceTest extends MailTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    ReminderMailJob job;

    @Autowired
    Clock clock;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private Client acme;
    private long staff;
    private long admin;

    @BeforeEach
    void data() {
        acme = testData.company("Acme GmbH", "info@acme.example");
        staff = testData.accountId(TestData.STAFF);
        admin = testData.accountId(TestData.ADMIN);
    }

    private Instant in(Duration d) {
        return clock.instant().plus(d);
    }

    @Test
    void a_reminder_is_created_for_a_staff_member_and_listed_on_the_client() {
        login(TestData.ADMIN);
        reminders.create(acme.getId(), in(Duration.ofDays(2)), "  Call about renewal ", staff, true);

        List<ReminderRow> rows = reminders.forClient(acme.getId(), PageRequest.of(0, 10));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().description()).isEqualTo("Call about renewal");
        assertThat(rows.getFirst().assigneeName()).isEqualTo("Sam Staff");
        assertThat(rows.getFirst().clientName()).isEqualTo("Acme GmbH");
        assertThat(rows.getFirst().byEmail()).isTrue();
        assertThat(rows.getFirst().overdue()).isFalse();
    }

    @Test
    void a_blank_description_or_an_unknown_staff_member_is_refused() {
        login(TestData.STAFF);
        assertThatThrownBy(() -> reminders.create(acme.getId(), in(Duration.ofDays(1)), "  ", staff, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reminder.description.required");
        assertThatThrownBy(() -> reminders.create(acme.getId(), in(Duration.ofDays(1)), "x", 999_999L, false))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("reminder.assignee.unknown");
        assertThat(jdbc.queryForObject("select count(*) from reminders", Long.class))
                .isZero();
    }

    @Test
    void my_reminders_show_only_the_callers_own_with_overdue_ones_first() {
        login(TestData.ADMIN);
        reminders.create(acme.getId(), in(Duration.ofDays(3)), "later", staff, false);
        reminders.create(acme.getId(), in(Duration.ofHours(-2)), "overdue", staff, false);
        reminders.create(acme.getId(), in(Duration.ofDays(1)), "for admin", admin, false);

        login(TestData.STAFF);
        List<ReminderRow> mine = reminders.mine(false, PageRequest.of(0, 10));
        assertThat(mine).extracting(ReminderRow::description).containsExactly("overdue", "later");
        assertThat(mine).extracting(ReminderRow::overdue).containsExactly(true, false);
        assertThat(reminders.countMine(false)).isEqualTo(2);
    }

    @Test
    void a_done_reminder_leaves_the_open_list_and_is_no_longer_overdue() {
        login(TestData.STAFF);
        Reminder overdue = reminders.create(acme.getId(), in(Duration.ofHours(-1)), "overdue", staff, false);

        reminders.markDone(overdue.getId());

        assertThat(reminders.mine(false, PageRequest.of(0, 10))).isEmpty();
        List<ReminderRow> all = reminders.mine(true, PageRequest.of(0, 10));
        assertThat(all).hasSize(1);
        assertThat(all.getFirst().done()).isTrue();
        assertThat(all.getFirst().overdue()).isFalse();
    }

    @Test
    void a_restricted_staff_member_cannot_add_reminders_to_a_client_they_do_not_see() {
        testData.restrictStaff();
        login(TestData.STAFF);
        assertThatThrownBy(() -> reminders.create(acme.getId(), in(Duration.ofDays(1)), "x", staff, false))
                .isInstanceOf(ClientNotFoundException.class);
    }

    @Test
    void a_due_reminder_is_mailed_once_and_marked_notified() throws Exception {
        login(TestData.ADMIN);
        Reminder due = reminders.create(acme.getId(), in(Duration.ofMinutes(-5)), "Send the contract", staff, true);
        reminders.create(acme.getId(), in(Duration.ofDays(1)), "not yet due", staff, true);
        reminders.create(acme.getId(), in(Duration.ofMinutes(-5)), "no e-mail asked", staff, false);
        Reminder doneAlready = reminders.create(acme.getId(), in(Duration.ofMinutes(-5)), "done", staff, true);
        reminders.markDone(doneAlready.getId());

        assertThat(job.sendDue()).isEqualTo(1);
        assertThat(job.sendDue()).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("staff@test.example");
        assertThat(received[0].getSubject()).isEqualTo("Reminder: Acme GmbH");
        assertThat(received[0].getContent().toString())
                .contains("Send the contract")
                .contains("https://billing.clientele.test/clients/" + acme.getId());
        assertThat(jdbc.queryForObject("select count(*) from reminders where notified_at is not null", Long.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select notified_at is not null from reminders where id = ?", Boolean.class, due.getId()))
                .isTrue();
    }

    @Test
    void a_failed_delivery_leaves_the_reminder_for_the_next_run() {
        login(TestData.ADMIN);
        reminders.create(acme.getId(), in(Duration.ofMinutes(-1)), "Send the contract", staff, true);

        mailServerDown();
        assertThat(job.sendDue()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reminders where notified_at is null", Long.class))
                .isEqualTo(1);

        mailServerUp();
        assertThat(job.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void deleting_a_client_for_good_counts_and_takes_its_reminders() {
        login(TestData.ADMIN);
        reminders.create(acme.getId(), in(Duration.ofDays(1)), "one", staff, false);
        reminders.create(acme.getId(), in(Duration.ofDays(2)), "two", admin, false);
        testData.trash(acme);

        assertThat(clients.dependents(List.of(acme.getId()))).containsEntry("client.delete.with.reminders", 2L);
        clients.deletePermanently(List.of(acme.getId()));

        assertThat(jdbc.queryForObject("select count(*) from reminders", Long.class))
                .isZero();
    }
}
