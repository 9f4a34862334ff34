package io.clientele.recurring.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.recurring.Frequency;
import io.clientele.recurring.RecurringInvoiceJob;
import io.clientele.recurring.RecurringMode;
import io.clientele.recurring.RecurringProfile;
import io.clientele.recurring.RecurringRunRow;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RecurringTabTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecurringInvoiceJob job;

    private Client acme;

    @BeforeEach
    void acme() {
        acme = testData.company("Acme GmbH", "info@acme.example");
    }

    private RecurringTab openTab() {
        navigate("clients/" + acme.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-recurring");
        return _get(RecurringTab.class);
    }

    /** The scheduled job on that day, on its own thread as the scheduler runs it (not in the user's session). */
    private int jobOn(LocalDate day) {
        AtomicInteger created = new AtomicInteger();
        inOtherSession(() -> created.set(job.runOn(day)));
        return created.get();
    }

    private String status() {
        return jdbc.queryForObject("select status from recurring_profiles", String.class);
    }

    private long profiles() {
        return jdbc.queryForObject("select count(*) from recurring_profiles", Long.class);
    }

    @Test
    void staff_creates_a_monthly_profile_after_fixing_what_the_editor_refused() {
        login(TestData.STAFF);
        RecurringTab tab = openTab();
        _click(tab.add);
        RecurringProfileDialog dialog = _get(RecurringProfileDialog.class);

        // Nothing typed: the title and the line's description are marked, nothing is saved.
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.lineRows().getFirst().description.isInvalid()).isTrue();
        assertThat(profiles()).isZero();

        userSets(dialog.title, "Hosting");
        userSets(dialog.frequency, Frequency.MONTHLY);
        userSets(dialog.startDate, LocalDate.of(2027, 3, 31));
        userSets(dialog.endDate, LocalDate.of(2027, 1, 1));
        userSets(dialog.mode, RecurringMode.ISSUE);
        LineRow line = dialog.lineRows().getFirst();
        userSets(line.description, "Hosting {month} {year}");
        userSets(line.unitPrice, new BigDecimal("49.90"));
        _click(dialog.save);
        // The service's refusal lands on the end date, and what was typed stays.
        assertThat(dialog.endDate.isInvalid()).isTrue();
        assertThat(dialog.endDate.getErrorMessage()).isEqualTo(t("recurring.end.before-start"));
        assertThat(dialog.title.getValue()).isEqualTo("Hosting");
        assertThat(profiles()).isZero();

        userSets(dialog.endDate, null);
        _click(dialog.addLine);
        LineRow second = dialog.lineRows().get(1);
        userSets(second.description, "Backup");
        userSets(second.unitPrice, new BigDecimal("5"));
        _click(dialog.save);

        assertThat(notificationTexts()).contains(t("recurring.saved", "Hosting"));
        assertThat(_size(tab.grid)).isEqualTo(1);
        RecurringProfile saved = GridKt._get(tab.grid, 0);
        assertThat(saved.getTitle()).isEqualTo("Hosting");
        assertThat(saved.getMode()).isEqualTo(RecurringMode.ISSUE);
        assertThat(saved.getNextDate()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(jdbc.queryForList(
                        "select description from recurring_profile_lines where profile_id = ? order by position",
                        String.class,
                        saved.getId()))
                .containsExactly("Hosting {month} {year}", "Backup");
    }

    @Test
    void staff_pauses_resumes_and_stops_a_profile_and_sees_the_invoices_it_created() {
        login(TestData.STAFF);
        RecurringTab tab = openTab();
        _click(tab.add);
        RecurringProfileDialog dialog = _get(RecurringProfileDialog.class);
        userSets(dialog.title, "Support");
        userSets(dialog.startDate, LocalDate.of(2027, 1, 15));
        userSets(dialog.lineRows().getFirst().description, "Support {month}");
        userSets(dialog.lineRows().getFirst().unitPrice, new BigDecimal("100"));
        _click(dialog.save);

        assertThat(jobOn(LocalDate.of(2027, 2, 20))).isEqualTo(2);
        tab.refresh();
        tab.grid.select(GridKt._get(tab.grid, 0));
        assertThat(_size(tab.runs)).isEqualTo(2);
        RecurringRunRow newest = GridKt._get(tab.runs, 0);
        assertThat(newest.periodStart()).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(tab.resume.isEnabled()).isFalse();

        _click(tab.pause);
        assertThat(status()).isEqualTo("PAUSED");
        assertThat(tab.resume.isEnabled()).isTrue();
        assertThat(jobOn(LocalDate.of(2027, 3, 20))).isZero();

        _click(tab.resume);
        assertThat(status()).isEqualTo("ACTIVE");
        assertThat(tab.pause.isEnabled()).isTrue();

        _click(tab.stop);
        assertThat(status()).isEqualTo("STOPPED");
        assertThat(tab.edit.isEnabled()).isFalse();
        assertThat(tab.resume.isEnabled()).isFalse();
        assertThat(jobOn(LocalDate.of(2027, 6, 20))).isZero();
    }

    @Test
    void a_manager_sees_the_profiles_but_no_buttons_to_change_them() {
        login(TestData.STAFF);
        RecurringTab tab = openTab();
        _click(tab.add);
        RecurringProfileDialog dialog = _get(RecurringProfileDialog.class);
        userSets(dialog.title, "Support");
        userSets(dialog.lineRows().getFirst().description, "Support");
        userSets(dialog.lineRows().getFirst().unitPrice, new BigDecimal("100"));
        _click(dialog.save);

        login(TestData.MANAGER);
        RecurringTab readOnly = openTab();
        assertThat(_size(readOnly.grid)).isEqualTo(1);
        assertThat(readOnly.add.isVisible()
                        && readOnly.add.getParent().orElseThrow().isVisible())
                .isFalse();
    }
}
