package io.clientele.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.client.Client;
import io.clientele.client.ClientType;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.project.BillingMethod;
import io.clientele.project.Project;
import io.clientele.project.ProjectSort;
import io.clientele.project.TimeEntryRow;
import io.clientele.project.TimeEntrySort;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Projects and Timesheets tabs the project feature adds to the client overview. */
class ProjectSectionsTest extends KaribuTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    JdbcTemplate jdbc;

    private Client client;
    private Client otherClient;

    @BeforeEach
    void twoClients() {
        Client c = new Client(ClientType.COMPANY, "Schweizer Uhren AG");
        c.setCurrency("CHF");
        client = testData.save(c);
        otherClient = testData.company("Somebody Else Ltd", "else@example.com");
    }

    /**
     * Logs in, then opens the client. Test data comes first: once a Vaadin session has a user, Vaadin's security
     * context wins over the system authentication the builders use.
     */
    private void openOverview() {
        openOverviewAs(TestData.STAFF);
    }

    private void openOverviewAs(String user) {
        login(user);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
    }

    @Test
    void the_projects_tab_lists_the_clients_projects_with_cost_in_its_currency() {
        Project hourly = testData.project(client, "Zifferblatt", BillingMethod.HOURLY, "120");
        testData.timeEntry(hourly, TestData.STAFF, MONDAY, "2.5", true);
        testData.project(client, "Armband", BillingMethod.FIXED, "999.95");
        testData.project(otherClient, "Not this one", BillingMethod.FIXED, "1");
        jdbc.update("update projects set due_date = ? where id = ?", MONDAY.plusMonths(1), hourly.getId());
        jdbc.update(
                "insert into project_members (project_id, user_id) values (?, ?)",
                hourly.getId(),
                testData.accountId(TestData.STAFF));
        openOverview();
        selectTab("overview-sections", "tab-projects");

        ClientProjectsPanel panel = _get(ClientProjectsPanel.class);
        assertThat(_size(panel.grid)).isEqualTo(2);
        assertThat(_get(panel.grid, 0).name()).isEqualTo("Armband");
        assertThat(_getFormatted(panel.grid, 0, ProjectSort.COST)).isEqualTo("CHF\u00a0999.95");
        assertThat(_getFormatted(panel.grid, 0, ProjectSort.BILLING_METHOD)).isEqualTo("Fixed price");
        assertThat(_getFormatted(panel.grid, 1, ProjectSort.COST)).isEqualTo("CHF\u00a0300.00");
        assertThat(_getFormatted(panel.grid, 1, ProjectSort.START)).isEqualTo("Jan 5, 2026");
        assertThat(_getFormatted(panel.grid, 1, ProjectSort.DUE)).isEqualTo("Apr 2, 2026");
        assertThat(_getFormatted(panel.grid, 1, "members")).isEqualTo("Sam Staff");
    }

    @Test
    void create_in_the_projects_tab_fixes_the_client_and_adds_the_project_there() {
        openOverview();
        selectTab("overview-sections", "tab-projects");
        ClientProjectsPanel panel = _get(ClientProjectsPanel.class);
        assertThat(_size(panel.grid)).isZero();

        _click(panel.create);
        ProjectEditor editor = _get(ProjectEditor.class);
        assertThat(editor.form.client.getValue()).extracting(ClientChoice::id).isEqualTo(client.getId());
        assertThat(editor.form.client.isReadOnly())
                .as("the client cannot be changed")
                .isTrue();
        assertThat(editor.form.hourlyRate.getSuffixComponent().getElement().getText())
                .isEqualTo("CHF");
        userSets(editor.form.name, "Uhrwerk");
        userSets(editor.form.hourlyRate, new BigDecimal("150"));
        _click(editor.save);

        assertThat(_size(panel.grid)).isEqualTo(1);
        assertThat(_get(panel.grid, 0).name()).isEqualTo("Uhrwerk");
        assertThat(jdbc.queryForObject("select client_id from projects", Long.class))
                .isEqualTo(client.getId());
    }

    @Test
    void the_timesheets_tab_shows_the_clients_time_with_its_total() {
        Project a = testData.project(client, "Gehäuse", BillingMethod.HOURLY, "100");
        Project b = testData.project(client, "Krone", BillingMethod.FIXED, "500");
        testData.timeEntry(a, TestData.STAFF, MONDAY, "1.5", true);
        testData.timeEntry(b, TestData.ADMIN, MONDAY.plusDays(1), "2.25", false);
        testData.timeEntry(
                testData.project(otherClient, "Elsewhere", BillingMethod.HOURLY, "1"),
                TestData.STAFF,
                MONDAY,
                "8",
                true);
        openOverview();
        selectTab("overview-sections", "tab-timesheets");

        TimeEntryList sheet = _get(TimeEntryList.class);
        assertThat(_size(sheet.grid)).isEqualTo(2);
        assertThat(sheet.total.getText()).isEqualTo("Total 3.75 h, of which 1.50 h billable");
        TimeEntryRow latest = _get(sheet.grid, 0);
        assertThat(latest.projectName()).isEqualTo("Krone");
        assertThat(_getFormatted(sheet.grid, 0, TimeEntrySort.DATE)).isEqualTo("Mar 3, 2026");
        assertThat(_getFormatted(sheet.grid, 0, "user")).isEqualTo("Ada Admin");
        assertThat(_getFormatted(sheet.grid, 0, TimeEntrySort.HOURS)).isEqualTo("2.25");
        assertThat(_getFormatted(sheet.grid, 0, TimeEntrySort.BILLABLE)).isEqualTo("Not billable");
        assertThat(cell(sheet.grid, 0, "options", MenuBar.class).isVisible())
                .as("staff cannot change the administrator's time")
                .isFalse();
        assertThat(cell(sheet.grid, 1, "options", MenuBar.class).isVisible())
                .as("but their own")
                .isTrue();
    }

    @Test
    void create_in_the_timesheets_tab_offers_only_this_clients_projects() {
        testData.project(client, "Zeiger", BillingMethod.HOURLY, "100");
        testData.project(client, "Lünette", BillingMethod.HOURLY, "100");
        testData.project(otherClient, "Foreign work", BillingMethod.HOURLY, "100");
        openOverview();
        selectTab("overview-sections", "tab-timesheets");
        TimeEntryList sheet = _get(TimeEntryList.class);

        _click(sheet.add);
        TimeEntryEditor editor = _get(TimeEntryEditor.class);
        assertThat(ComboBoxKt.getSuggestionItems(editor.form.project))
                .extracting(ProjectChoice::name)
                .containsExactly("Lünette", "Zeiger");
        assertThat(editor.form.date.getValue()).isEqualTo(LocalDate.now());
        assertThat(editor.form.billable.getValue()).isTrue();
        assertThat(editor.form.user.getValue().username()).isEqualTo(TestData.STAFF);
        assertThat(editor.form.user.isReadOnly()).as("staff log their own time").isTrue();

        ProjectChoice zeiger =
                ComboBoxKt.getSuggestionItems(editor.form.project).getLast();
        userSets(editor.form.project, zeiger);
        userSets(editor.form.hours, new BigDecimal("3.5"));
        userSets(editor.form.description, "Polished the hands");
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(_size(sheet.grid)).isEqualTo(1);
        assertThat(_get(sheet.grid, 0).description()).isEqualTo("Polished the hands");
        assertThat(sheet.total.getText()).isEqualTo("Total 3.50 h, of which 3.50 h billable");
    }

    @Test
    void a_client_with_one_project_gets_it_chosen_for_new_time() {
        testData.project(client, "Einzelstück", BillingMethod.HOURLY, "100");
        openOverview();
        selectTab("overview-sections", "tab-timesheets");
        _click(_get(TimeEntryList.class).add);
        assertThat(_get(TimeEntryEditor.class).form.project.getValue())
                .extracting(ProjectChoice::name)
                .isEqualTo("Einzelstück");
    }

    @Test
    void bad_hours_get_a_specific_message_and_nothing_is_saved() {
        testData.project(client, "Stunden", BillingMethod.HOURLY, "100");
        openOverview();
        selectTab("overview-sections", "tab-timesheets");
        _click(_get(TimeEntryList.class).add);
        TimeEntryEditor editor = _get(TimeEntryEditor.class);

        userSets(editor.form.hours, new BigDecimal("25"));
        _click(editor.save);
        assertThat(editor.form.hours.getErrorMessage()).isEqualTo("Enter more than 0 and at most 24 hours.");
        userSets(editor.form.hours, new BigDecimal("1.333"));
        _click(editor.save);
        assertThat(editor.form.hours.getErrorMessage()).isEqualTo("Enter hours with at most 2 decimals, like 1.25.");
        userSets(editor.form.hours, null);
        userSets(editor.form.date, null);
        _click(editor.save);
        assertThat(editor.form.hours.getErrorMessage()).isEqualTo("Enter the hours worked.");
        assertThat(editor.form.date.getErrorMessage()).isEqualTo("Enter the day the work was done.");

        assertThat(editor.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from time_entries", Long.class))
                .isZero();
    }

    @Test
    void a_manager_sees_both_tabs_without_create_buttons() {
        testData.project(client, "Read only", BillingMethod.HOURLY, "100");
        openOverviewAs(TestData.MANAGER);
        selectTab("overview-sections", "tab-projects");
        assertThat(_get(ClientProjectsPanel.class).create.isVisible()).isFalse();
        selectTab("overview-sections", "tab-timesheets");
        assertThat(_get(TimeEntryList.class).add.isVisible()).isFalse();
    }
}
