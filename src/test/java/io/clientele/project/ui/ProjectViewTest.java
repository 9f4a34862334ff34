package io.clientele.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.UserRef;
import io.clientele.billing.ui.DocumentEditor;
import io.clientele.client.Client;
import io.clientele.client.ClientType;
import io.clientele.project.BillingMethod;
import io.clientele.project.Project;
import io.clientele.project.TimeGrouping;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProjectViewTest extends KaribuTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    JdbcTemplate jdbc;

    private ProjectView open(Project project, String user) {
        login(user);
        return navigate("projects/" + project.getId(), ProjectView.class);
    }

    private Project hourlyProject() {
        Client c = testData.company("View Client Ltd", "view@example.com");
        return testData.project(c, "Viewed", BillingMethod.HOURLY, "80");
    }

    @Test
    void logging_time_on_the_project_raises_its_cost() {
        Project p = hourlyProject();
        testData.timeEntry(p, TestData.STAFF, MONDAY, "1", true);
        ProjectView view = open(p, TestData.STAFF);
        assertThat(_get(H2.class, spec -> spec.withId("project-title")).getText())
                .isEqualTo("Viewed");
        assertThat(view.cost.getText()).isEqualTo("€80.00");
        TimeEntryList sheet = Objects.requireNonNull(view.timesheet);

        _click(sheet.add);
        TimeEntryEditor editor = _get(TimeEntryEditor.class);
        assertThat(editor.form.project.getValue()).extracting(ProjectChoice::id).isEqualTo(p.getId());
        assertThat(editor.form.project.isReadOnly()).isTrue();
        userSets(editor.form.hours, new BigDecimal("2.25"));
        _click(editor.save);

        assertThat(_size(sheet.grid)).isEqualTo(2);
        assertThat(view.cost.getText()).isEqualTo("€260.00");
    }

    @Test
    void non_billable_time_does_not_change_the_cost() {
        Project p = hourlyProject();
        ProjectView view = open(p, TestData.STAFF);
        _click(Objects.requireNonNull(view.timesheet).add);
        TimeEntryEditor editor = _get(TimeEntryEditor.class);
        userSets(editor.form.hours, new BigDecimal("4"));
        userSets(editor.form.billable, false);
        _click(editor.save);
        assertThat(view.cost.getText()).isEqualTo("€0.00");
        assertThat(view.timesheet.total.getText()).isEqualTo("Total 4.00 h, of which 0.00 h billable");
    }

    @Test
    void own_time_is_edited_and_deleted_from_the_row_menu() {
        Project p = hourlyProject();
        testData.timeEntry(p, TestData.STAFF, MONDAY, "1", true);
        ProjectView view = open(p, TestData.STAFF);
        TimeEntryList sheet = Objects.requireNonNull(view.timesheet);

        ContextMenuKt._clickItemWithID(cell(sheet.grid, 0, "options", MenuBar.class), "time-option-edit");
        TimeEntryEditor editor = _get(TimeEntryEditor.class);
        assertThat(editor.form.hours.getValue()).isEqualByComparingTo("1");
        userSets(editor.form.hours, new BigDecimal("1.5"));
        _click(editor.save);
        assertThat(view.cost.getText()).isEqualTo("€120.00");

        ContextMenuKt._clickItemWithID(cell(sheet.grid, 0, "options", MenuBar.class), "time-option-delete");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("1.50 h on Mar 2, 2026 for “Viewed” will be deleted.");
        confirm(confirm);
        assertThat(_size(sheet.grid)).isZero();
        assertThat(view.cost.getText()).isEqualTo("€0.00");
    }

    @Test
    void an_administrator_may_log_time_for_someone_else() {
        Project p = hourlyProject();
        ProjectView view = open(p, TestData.ADMIN);
        _click(Objects.requireNonNull(view.timesheet).add);
        TimeEntryEditor editor = _get(TimeEntryEditor.class);
        assertThat(editor.form.user.isReadOnly()).isFalse();
        userSets(editor.form.user, new UserRef(testData.accountId(TestData.STAFF), "Sam Staff", TestData.STAFF));
        userSets(editor.form.hours, BigDecimal.ONE);
        _click(editor.save);
        assertThat(jdbc.queryForObject("select user_id from time_entries", Long.class))
                .isEqualTo(testData.accountId(TestData.STAFF));
    }

    @Test
    void deleting_from_the_view_returns_to_the_list() {
        Project p = hourlyProject();
        ProjectView view = open(p, TestData.STAFF);
        _click(view.delete);
        confirm(_get(ConfirmDialog.class));
        _get(ProjectListView.class);
        assertThat(jdbc.queryForObject("select count(*) from projects", Long.class))
                .isZero();
    }

    @Test
    void editing_from_the_view_updates_what_it_shows() {
        Project p = hourlyProject();
        ProjectView view = open(p, TestData.STAFF);
        _click(view.edit);
        ProjectEditor editor = _get(ProjectEditor.class);
        userSets(editor.form.billingMethod, BillingMethod.FIXED);
        userSets(editor.form.fixedCost, new BigDecimal("1234.5"));
        _click(editor.save);
        assertThat(view.cost.getText()).isEqualTo("€1,234.50");
    }

    @Test
    void an_unknown_malformed_or_foreign_project_is_not_found() {
        Client foreign = new Client(ClientType.COMPANY, "Not Yours SA");
        foreign.setOwnerId(testData.accountId(TestData.ADMIN));
        Project hidden = testData.project(testData.save(foreign), "Hidden", BillingMethod.FIXED, "1");
        testData.restrictStaff();
        login(TestData.STAFF);
        for (String id : new String[] {"999999", "abc", String.valueOf(hidden.getId())}) {
            navigate("projects/" + id, ProjectView.class);
            assertThat(_get(H2.class, spec -> spec.withId("project-not-found")).getText())
                    .as(id)
                    .isEqualTo("Project not found");
        }
    }

    @Test
    void a_client_account_cannot_open_projects() {
        login(TestData.CLIENT_USER);
        for (String path : new String[] {"projects", "projects/1"}) {
            assertThatThrownBy(() -> UI.getCurrent().navigate(path))
                    .as(path)
                    .isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void invoicing_logged_time_opens_the_draft_marks_the_time_billed_and_refuses_a_second_time() {
        Project p = hourlyProject();
        testData.timeEntry(p, TestData.STAFF, MONDAY, "2", true);
        testData.timeEntry(p, TestData.STAFF, MONDAY.plusDays(1), "1.5", true);
        ProjectView view = open(p, TestData.STAFF);

        _click(view.invoice);
        TimeInvoiceDialog dialog = _get(TimeInvoiceDialog.class);
        assertThat(dialog.summary.getText()).contains("2 entries", "3.50 h", "€280.00");
        userSets(dialog.from, MONDAY.plusDays(1));
        assertThat(dialog.summary.getText()).contains("1 entry,", "1.50 h", "€120.00");
        userSets(dialog.from, null);
        userSets(dialog.grouping, TimeGrouping.ENTRY);
        userSets(dialog.taxRate, new BigDecimal("19"));
        _click(dialog.create);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Draft invoice created"));
        assertThat(_get(DocumentEditor.class).isOpened())
                .as("the draft opens for checking")
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from document_lines", Integer.class))
                .isEqualTo(2);
        TimeEntryList sheet = Objects.requireNonNull(view.timesheet);
        assertThat(GridKt._getFormatted(sheet.grid, 0, "billable")).isEqualTo("Billed");

        _get(DocumentEditor.class).close();
        _click(view.invoice);
        TimeInvoiceDialog again = _get(TimeInvoiceDialog.class);
        assertThat(again.summary.getText()).contains("no entries");
        _click(again.create);
        assertThat(again.isOpened()).as("the dialog stays with what was typed").isTrue();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("no unbilled billable time"));
    }

    @Test
    void a_fixed_price_is_invoiced_in_shares_and_the_dialog_says_what_is_left() {
        Client c = testData.company("Fixed Client Ltd", "fixed@example.com");
        Project p = testData.project(c, "Fixed", BillingMethod.FIXED, "10000");
        ProjectView view = open(p, TestData.STAFF);

        _click(view.invoice);
        TimeInvoiceDialog dialog = _get(TimeInvoiceDialog.class);
        assertThat(dialog.percent.getValue()).isEqualByComparingTo("100");
        userSets(dialog.percent, new BigDecimal("40"));
        _click(dialog.create);
        _get(DocumentEditor.class).close();

        _click(view.invoice);
        TimeInvoiceDialog second = _get(TimeInvoiceDialog.class);
        assertThat(second.summary.getText()).contains("€10,000.00", "40 % invoiced", "60 % left");
        assertThat(second.percent.getValue()).isEqualByComparingTo("60");
        userSets(second.percent, new BigDecimal("70"));
        _click(second.create);
        assertThat(second.isOpened()).isTrue();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Only 60 % of the price is left"));
    }
}
