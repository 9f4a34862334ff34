package io.clientele.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.client.Client;
import io.clientele.project.BillingMethod;
import io.clientele.project.Project;
import io.clientele.project.ProjectFilter;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class ProjectEditorTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    private ProjectListView view;
    private Client client;

    @BeforeEach
    void openList() {
        client = testData.company("Form Client GmbH", "form@example.com");
        login(TestData.STAFF);
        view = navigate("projects", ProjectListView.class);
    }

    private ProjectEditor openNew() {
        _click(view.newProject);
        return _get(ProjectEditor.class);
    }

    private List<ProjectRow> stored() {
        return SystemAuthentication.call(() -> projects.list(ProjectFilter.all(), PageRequest.of(0, 50)));
    }

    private ClientChoice clientChoice() {
        return new ClientChoice(client.getId(), client.getName(), client.getCurrency());
    }

    @Test
    void an_empty_form_names_each_missing_field_and_saves_nothing() {
        ProjectEditor editor = openNew();
        userSets(editor.form.start, null);

        _click(editor.save);

        assertThat(editor.form.name.getErrorMessage()).isEqualTo("Enter the project’s name.");
        assertThat(editor.form.client.getErrorMessage()).isEqualTo("Pick the client the project is for.");
        assertThat(editor.form.start.getErrorMessage()).isEqualTo("Enter the date the project starts.");
        assertThat(editor.form.hourlyRate.getErrorMessage())
                .isEqualTo("Enter an hourly rate greater than 0 for a project billed by the hour.");
        assertThat(editor.isOpened()).isTrue();
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_due_date_before_the_start_and_a_negative_rate_get_specific_messages() {
        ProjectEditor editor = openNew();
        userSets(editor.form.name, "Backwards");
        userSets(editor.form.client, clientChoice());
        userSets(editor.form.start, LocalDate.of(2026, 5, 10));
        userSets(editor.form.due, LocalDate.of(2026, 5, 9));
        userSets(editor.form.hourlyRate, new BigDecimal("-20"));

        _click(editor.save);

        assertThat(editor.form.due.isInvalid()).isTrue();
        assertThat(editor.form.due.getErrorMessage()).isEqualTo("The due date cannot be before the start date.");
        assertThat(editor.form.hourlyRate.getErrorMessage()).isEqualTo("Enter an hourly rate greater than 0.");
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_fixed_price_project_asks_for_a_price_not_a_rate() {
        ProjectEditor editor = openNew();
        assertThat(editor.form.fixedCost.isVisible()).isFalse();
        userSets(editor.form.name, "Brochure");
        userSets(editor.form.client, clientChoice());
        userSets(editor.form.hourlyRate, new BigDecimal("75"));
        userSets(editor.form.billingMethod, BillingMethod.FIXED);
        assertThat(editor.form.hourlyRate.isVisible()).isFalse();
        assertThat(editor.form.fixedCost.isVisible()).isTrue();
        userSets(editor.form.fixedCost, new BigDecimal("-1"));

        _click(editor.save);
        assertThat(editor.form.fixedCost.getErrorMessage()).isEqualTo("Enter a fixed price of 0 or more.");
        assertThat(stored()).isEmpty();

        userSets(editor.form.fixedCost, new BigDecimal("2500"));
        _click(editor.save);
        assertThat(editor.isOpened()).isFalse();
        ProjectRow saved = stored().getFirst();
        assertThat(saved.billingMethod()).isEqualTo(BillingMethod.FIXED);
        assertThat(saved.hourlyRate())
                .as("the rate typed before switching is gone")
                .isNull();
        assertThat(saved.cost()).isEqualByComparingTo("2500");
    }

    @Test
    void a_valid_project_is_saved_with_its_members_and_appears_in_the_list() {
        ProjectEditor editor = openNew();
        assertThat(editor.form.start.getValue()).as("starts today by default").isEqualTo(LocalDate.now());
        assertThat(editor.form.members.getValue()).extracting(UserRef::username).containsExactly(TestData.STAFF);
        userSets(editor.form.name, "Relaunch “Sommer” 2026");
        userSets(editor.form.client, clientChoice());
        assertThat(editor.form.hourlyRate.getSuffixComponent())
                .extracting(c -> c.getElement().getText())
                .isEqualTo("EUR");
        userSets(editor.form.due, LocalDate.now().plusMonths(2));
        userSets(editor.form.hourlyRate, new BigDecimal("92.50"));
        UserRef admin = new UserRef(testData.accountId(TestData.ADMIN), "Ada Admin", TestData.ADMIN);
        UserRef staff = editor.form.members.getValue().iterator().next();
        userSets(editor.form.members, Set.of(staff, admin));

        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(_size(view.grid)).isEqualTo(1);
        ProjectRow row = stored().getFirst();
        assertThat(row.name()).isEqualTo("Relaunch “Sommer” 2026");
        assertThat(row.clientName()).isEqualTo("Form Client GmbH");
        assertThat(row.hourlyRate()).isEqualByComparingTo("92.50");
        assertThat(row.members()).containsExactly("Ada Admin", "Sam Staff");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Project “Relaunch “Sommer” 2026” saved."));
    }

    @Test
    void editing_changes_the_stored_project_and_the_list() {
        Project p = testData.project(client, "Old name", BillingMethod.HOURLY, "50");
        view.pagedGrid.refresh();
        ContextMenuKt._clickItemWithID(cell(view.grid, 0, "options", MenuBar.class), "option-edit");
        ProjectEditor editor = _get(ProjectEditor.class);
        assertThat(editor.form.client.getValue()).isEqualTo(clientChoice());
        assertThat(editor.form.hourlyRate.getValue()).isEqualByComparingTo("50");
        userSets(editor.form.name, "New name");
        _click(editor.save);

        assertThat(SystemAuthentication.call(() -> projects.get(p.getId())).getName())
                .isEqualTo("New name");
        assertThat(GridKt._get(view.grid, 0).name()).isEqualTo("New name");
    }

    @Test
    void disjoint_edits_of_a_project_in_two_sessions_both_survive() {
        Project p = testData.project(client, "Old name", BillingMethod.HOURLY, "50");
        view.pagedGrid.refresh();
        ContextMenuKt._clickItemWithID(cell(view.grid, 0, "options", MenuBar.class), "option-edit");
        ProjectEditor editor = _get(ProjectEditor.class);
        inOtherSession(() -> {
            Project theirs = projects.get(p.getId());
            theirs.setHourlyRate(new BigDecimal("75"));
            projects.save(theirs);
        });

        userSets(editor.form.name, "New name");
        _click(editor.save);

        assertThat(editor.isOpened()).isFalse();
        assertThat(editor.conflict).isNull();
        Project stored = SystemAuthentication.call(() -> projects.get(p.getId()));
        assertThat(stored.getName()).isEqualTo("New name");
        assertThat(stored.getHourlyRate()).isEqualByComparingTo("75");
    }

    @Test
    void a_project_field_both_changed_asks_with_base_theirs_and_yours() {
        Project p = testData.project(client, "Old name", BillingMethod.HOURLY, "50");
        view.pagedGrid.refresh();
        ContextMenuKt._clickItemWithID(cell(view.grid, 0, "options", MenuBar.class), "option-edit");
        ProjectEditor editor = _get(ProjectEditor.class);
        inOtherSession(() -> {
            Project theirs = projects.get(p.getId());
            theirs.setName("Their name");
            projects.save(theirs);
        });

        userSets(editor.form.name, "My name");
        _click(editor.save);

        var dialog = _get(ConflictDialog.class);
        assertThat(GridKt._findAll(dialog.grid))
                .containsExactly(
                        new ConflictDialog.Change(editor.form.name.getLabel(), "Old name", "Their name", "My name"));
        _click(dialog.reapply);
        assertThat(SystemAuthentication.call(() -> projects.get(p.getId())).getName())
                .isEqualTo("My name");
    }
}
