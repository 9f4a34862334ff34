package io.clientele.crm.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.security.UserRef;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.crm.ReminderRow;
import io.clientele.crm.ReminderService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RemindersViewTest extends KaribuTest {

    @Autowired
    ReminderService reminders;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    private Client acme;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme GmbH", "info@acme.example");
    }

    @Test
    void staff_adds_a_reminder_on_the_client_overview() {
        login(TestData.STAFF);
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-reminders");
        RemindersTab tab = _get(RemindersTab.class);
        _click(tab.add);
        ReminderDialog dialog = _get(ReminderDialog.class);
        assertThat(dialog.assignee.getValue().username()).isEqualTo(TestData.STAFF);

        userSets(dialog.description, "");
        _click(dialog.save);
        assertThat(dialog.description.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from reminders", Long.class))
                .isZero();

        userSets(dialog.dueAt, LocalDateTime.of(2030, 5, 4, 9, 30));
        userSets(dialog.description, "Call about the renewal");
        userSets(dialog.assignee, new UserRef(testData.accountId(TestData.ADMIN), "Ada Admin", TestData.ADMIN));
        userSets(dialog.byEmail, true);
        _click(dialog.save);

        assertThat(notificationTexts()).contains(t("reminder.created"));
        assertThat(_size(tab.grid)).isEqualTo(1);
        ReminderRow row = GridKt._get(tab.grid, 0);
        assertThat(row.description()).isEqualTo("Call about the renewal");
        assertThat(row.assigneeName()).isEqualTo("Ada Admin");
        assertThat(row.byEmail()).isTrue();
    }

    @Test
    void my_reminders_puts_overdue_ones_first_with_a_badge_and_marks_them_done() {
        long staff = testData.accountId(TestData.STAFF);
        SystemAuthentication.run(() -> {
            reminders.create(acme.getId(), clock.instant().plus(Duration.ofDays(2)), "later", staff, false);
            reminders.create(acme.getId(), clock.instant().minus(Duration.ofHours(3)), "overdue", staff, false);
            reminders.create(
                    acme.getId(),
                    clock.instant().plus(Duration.ofDays(1)),
                    "for admin",
                    testData.accountId(TestData.ADMIN),
                    false);
        });

        login(TestData.STAFF);
        MyRemindersView view = navigate("reminders", MyRemindersView.class);
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(GridKt._get(view.grid, 0).description()).isEqualTo("overdue");
        HorizontalLayout due = cell(view.grid, 0, "due", HorizontalLayout.class);
        assertThat(due.getChildren()
                        .filter(c -> c.hasClassName("reminder-overdue-badge"))
                        .map(c -> ((Span) c).getText()))
                .containsExactly(t("reminder.badge.overdue"));
        assertThat(cell(view.grid, 1, "due", HorizontalLayout.class)
                        .getChildren()
                        .count())
                .isEqualTo(1);
        assertThat(view.grid.getPartNameGenerator().apply(GridKt._get(view.grid, 0)))
                .isEqualTo("reminder-overdue");

        _click(cell(view.grid, 0, "status", Button.class));

        assertThat(notificationTexts()).contains(t("reminder.marked-done"));
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).description()).isEqualTo("later");
        userSets(view.showDone, true);
        assertThat(_size(view.grid)).isEqualTo(2);
    }
}
