package io.clientele.project.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._sortByKey;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.RouterLink;
import io.clientele.client.Client;
import io.clientele.client.ClientType;
import io.clientele.project.BillingMethod;
import io.clientele.project.Project;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectSort;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProjectListViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private ProjectListView openAs(String user) {
        login(user);
        return navigate("projects", ProjectListView.class);
    }

    private static String summary() {
        return _get(Span.class, spec -> spec.withId("page-summary")).getText();
    }

    /** Projects "Project 01" … of one client, fixed prices rising with the number. */
    private Client manyProjects(String clientName, int count) {
        Client c = testData.company(clientName, clientName.toLowerCase().replace(' ', '.') + "@example.com");
        for (int i = 1; i <= count; i++) {
            testData.project(c, String.format("Project %02d", i), BillingMethod.FIXED, String.valueOf(i * 100));
        }
        return c;
    }

    @Test
    void the_list_pages_through_every_project_once() {
        manyProjects("Paged Ltd", 30);
        ProjectListView view = openAs(TestData.STAFF);
        assertThat(_size(view.grid)).isEqualTo(25);
        assertThat(summary()).isEqualTo("Showing 1\u201325 of 30");
        List<Long> seen = new ArrayList<>(ids(view));
        _click(_get(Button.class, spec -> spec.withId("page-next")));
        assertThat(summary()).isEqualTo("Showing 26\u201330 of 30");
        seen.addAll(ids(view));
        assertThat(seen).doesNotHaveDuplicates().hasSize(30);
    }

    @Test
    void clicking_a_header_sorts_all_projects_in_sql_cost_included() {
        manyProjects("Sorted Ltd", 30);
        ProjectListView view = openAs(TestData.STAFF);
        _click(_get(Button.class, spec -> spec.withId("page-next")));

        _sortByKey(view.grid, ProjectSort.COST, SortDirection.DESCENDING);
        assertThat(summary()).as("a new sort starts at the first page").isEqualTo("Showing 1\u201325 of 30");
        assertThat(_get(view.grid, 0).name()).isEqualTo("Project 30");
        assertThat(_getFormatted(view.grid, 0, ProjectSort.COST)).isEqualTo("€3,000.00");

        _sortByKey(view.grid, ProjectSort.NAME, SortDirection.ASCENDING);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Project 01");
        _click(_get(Button.class, spec -> spec.withId("page-last")));
        assertThat(_get(view.grid, _size(view.grid) - 1).name()).isEqualTo("Project 30");
    }

    @Test
    void searching_matches_project_and_client_names() {
        manyProjects("Searchable Ltd", 3);
        Client other = testData.company("Zebra Zoo", "zoo@example.com");
        testData.project(other, "Enclosure", BillingMethod.HOURLY, "60");
        ProjectListView view = openAs(TestData.STAFF);

        userSets(view.search, "zebra");
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Enclosure");
        assertThat(_getFormatted(view.grid, 0, ProjectSort.BILLING_METHOD)).isEqualTo("Hourly rate");
        userSets(view.search, "PROJECT 0");
        assertThat(summary()).isEqualTo("Showing 1\u20133 of 3");
        userSets(view.search, "nothing like this");
        assertThat(summary()).isEqualTo("No entries");
        userSets(view.search, "");
        assertThat(summary()).isEqualTo("Showing 1\u20134 of 4");
    }

    @Test
    void the_row_menu_deletes_a_project_after_naming_its_time_entries() {
        Client c = testData.company("Delete From List Ltd", "d@example.com");
        Project p = testData.project(c, "Doomed", BillingMethod.HOURLY, "50");
        testData.timeEntry(p, TestData.STAFF, LocalDate.of(2026, 3, 2), "2", true);
        testData.timeEntry(p, TestData.STAFF, LocalDate.of(2026, 3, 3), "3", true);
        ProjectListView view = openAs(TestData.STAFF);

        ContextMenuKt._clickItemWithID(cell(view.grid, 0, "options", MenuBar.class), "option-delete");
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("message"))
                .isEqualTo("“Doomed” will be deleted with its 2 time entries. This cannot be undone.");
        confirm(dialog);

        assertThat(_size(view.grid)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from time_entries", Long.class))
                .isZero();
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Project “Doomed” deleted, with 2 time entries."));
    }

    @Test
    void a_manager_sees_projects_but_no_edit_actions() {
        manyProjects("Managed Ltd", 2);
        ProjectListView view = openAs(TestData.MANAGER);
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.newProject.isVisible()).isFalse();
        MenuBar menu = cell(view.grid, 0, "options", MenuBar.class);
        assertThat(menu.getItems().getFirst().getSubMenu().getItems())
                .extracting(i -> i.getId().orElse(""))
                .containsExactly("option-view");
    }

    @Test
    void the_name_links_to_the_project_and_the_client_to_its_overview() {
        Client c = testData.company("Linked Client", "lc@example.com");
        Project p = testData.project(c, "Linked Project", BillingMethod.FIXED, "1");
        ProjectListView view = openAs(TestData.STAFF);
        assertThat(cell(view.grid, 0, ProjectSort.NAME, RouterLink.class).getHref())
                .isEqualTo("projects/" + p.getId());
        assertThat(cell(view.grid, 0, ProjectSort.CLIENT, RouterLink.class).getHref())
                .isEqualTo("clients/" + c.getId());
    }

    @Test
    void restricted_staff_see_only_projects_of_their_clients() {
        Client own = new Client(ClientType.COMPANY, "Mine GmbH");
        own.setOwnerId(testData.accountId(TestData.STAFF));
        testData.project(testData.save(own), "My project", BillingMethod.FIXED, "1");
        Client foreign = new Client(ClientType.COMPANY, "Theirs GmbH");
        foreign.setOwnerId(testData.accountId(TestData.ADMIN));
        testData.project(testData.save(foreign), "Their project", BillingMethod.FIXED, "1");
        testData.restrictStaff();

        ProjectListView view = openAs(TestData.STAFF);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0)).extracting(ProjectRow::name).isEqualTo("My project");
    }

    private static List<Long> ids(ProjectListView view) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < _size(view.grid); i++) {
            ids.add(_get(view.grid, i).id());
        }
        return ids;
    }
}
