package io.clientele.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** Cost arithmetic, the rules a project and a time entry must keep, and who may do what, through the service. */
class ProjectServiceTest extends SpringTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    ProjectService projects;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    private Client client(String name, String currency) {
        Client c = new Client(ClientType.COMPANY, name);
        c.setCurrency(currency);
        return testData.save(c);
    }

    private BigDecimal cost(Project project) {
        return SystemAuthentication.call(() -> projects.summary(project.getId()).cost());
    }

    private Project validProject(Client client) {
        Project p = new Project();
        p.setName("Website relaunch");
        p.setClientId(client.getId());
        p.setStartDate(MONDAY);
        p.setBillingMethod(BillingMethod.HOURLY);
        p.setHourlyRate(new BigDecimal("80"));
        return p;
    }

    private long rows(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    @Test
    void hourly_cost_is_billable_hours_times_rate_rounded_to_the_currency() {
        Project euro = testData.project(client("Euro GmbH", "EUR"), "Audit", BillingMethod.HOURLY, "33.3333");
        testData.timeEntry(euro, TestData.STAFF, MONDAY, "1.25", true);
        testData.timeEntry(euro, TestData.STAFF, MONDAY.plusDays(1), "2.50", true);
        testData.timeEntry(euro, TestData.ADMIN, MONDAY, "4.00", false);
        // 3.75 billable hours × 33.3333 = 124.9998750, non-billable 4 hours ignored
        assertThat(cost(euro)).isEqualTo(new BigDecimal("125.00"));

        Project halfUp = testData.project(client("Half Up SA", "EUR"), "Edge", BillingMethod.HOURLY, "10.005");
        testData.timeEntry(halfUp, TestData.STAFF, MONDAY, "1", true);
        assertThat(cost(halfUp)).as("10.005 rounds half up, not to even").isEqualTo(new BigDecimal("10.01"));

        Project yen = testData.project(client("Yen KK", "JPY"), "Tokyo", BillingMethod.HOURLY, "1234.5");
        testData.timeEntry(yen, TestData.STAFF, MONDAY, "1.5", true);
        assertThat(cost(yen)).as("yen has no decimals").isEqualTo(new BigDecimal("1852"));

        Project dinar = testData.project(client("Dinar WLL", "KWD"), "Kuwait", BillingMethod.HOURLY, "12.3456");
        testData.timeEntry(dinar, TestData.STAFF, MONDAY, "2.25", true);
        assertThat(cost(dinar)).as("dinar has three decimals").isEqualTo(new BigDecimal("27.778"));
    }

    @Test
    void an_hourly_project_without_billable_time_costs_zero() {
        Project p = testData.project(client("Idle Ltd", "GBP"), "Waiting", BillingMethod.HOURLY, "95");
        testData.timeEntry(p, TestData.STAFF, MONDAY, "3", false);
        assertThat(cost(p)).isEqualTo(new BigDecimal("0.00"));
        assertThat(SystemAuthentication.call(() -> projects.summary(p.getId()).billableHours()))
                .isZero();
    }

    @Test
    void fixed_cost_is_the_fixed_price_whatever_hours_are_logged() {
        Project p = testData.project(client("Fixed AG", "CHF"), "Brochure", BillingMethod.FIXED, "4500.50");
        testData.timeEntry(p, TestData.STAFF, MONDAY, "8", true);
        testData.timeEntry(p, TestData.STAFF, MONDAY.plusDays(1), "7.5", true);
        assertThat(cost(p)).isEqualByComparingTo("4500.50");
        assertThat(SystemAuthentication.call(() -> projects.summary(p.getId()).billableHours()))
                .isEqualByComparingTo("15.5");
    }

    @Test
    void the_list_sorts_by_cost_in_sql_across_billing_methods() {
        Client c = client("Sorted Ltd", "EUR");
        Project cheap = testData.project(c, "Cheap hourly", BillingMethod.HOURLY, "10");
        testData.timeEntry(cheap, TestData.STAFF, MONDAY, "2", true);
        testData.project(c, "Middle fixed", BillingMethod.FIXED, "500");
        Project dear = testData.project(c, "Dear hourly", BillingMethod.HOURLY, "100");
        testData.timeEntry(dear, TestData.STAFF, MONDAY, "10", true);

        actAs(TestData.MANAGER, "MANAGER");
        List<ProjectRow> ascending =
                projects.list(ProjectFilter.forClient(c.getId()), PageRequest.of(0, 10, Sort.by(ProjectSort.COST)));
        assertThat(ascending)
                .extracting(ProjectRow::name)
                .containsExactly("Cheap hourly", "Middle fixed", "Dear hourly");
        assertThat(ascending)
                .extracting(ProjectRow::cost)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("20.00", "500.00", "1000.00");
        assertThat(projects.list(
                        ProjectFilter.forClient(c.getId()),
                        PageRequest.of(0, 10, Sort.by(Sort.Order.desc(ProjectSort.COST)))))
                .extracting(ProjectRow::name)
                .containsExactly("Dear hourly", "Middle fixed", "Cheap hourly");
    }

    @Test
    void search_matches_project_or_client_name_and_treats_wildcards_literally() {
        Client acme = client("Acme Corp", "EUR");
        Client other = client("Other Inc", "EUR");
        testData.project(acme, "Roadmap", BillingMethod.FIXED, "1");
        testData.project(other, "100% uptime", BillingMethod.FIXED, "1");
        testData.project(other, "1000 uptime", BillingMethod.FIXED, "1");
        testData.project(other, "snake_case", BillingMethod.FIXED, "1");
        testData.project(other, "snakeXcase", BillingMethod.FIXED, "1");

        actAs(TestData.STAFF, "STAFF");
        assertThat(names(ProjectFilter.all().withSearch("ACME"))).containsExactly("Roadmap");
        assertThat(names(ProjectFilter.all().withSearch("roadm"))).containsExactly("Roadmap");
        assertThat(names(ProjectFilter.all().withSearch("100%"))).containsExactly("100% uptime");
        assertThat(names(ProjectFilter.all().withSearch("snake_"))).containsExactly("snake_case");
        assertThat(names(ProjectFilter.forClient(other.getId()))).hasSize(4);
        assertThat(projects.count(ProjectFilter.all().withSearch("uptime"))).isEqualTo(2);
    }

    private List<String> names(ProjectFilter filter) {
        return projects.list(filter, PageRequest.of(0, 50, Sort.by(ProjectSort.NAME))).stream()
                .map(ProjectRow::name)
                .toList();
    }

    @Test
    void pages_are_capped_and_never_repeat_a_row() {
        Client c = client("Many Projects Ltd", "EUR");
        for (int i = 0; i < 12; i++) {
            testData.project(c, "Project " + (char) ('A' + i), BillingMethod.FIXED, "1");
        }
        actAs(TestData.STAFF, "STAFF");
        List<ProjectRow> first = projects.list(ProjectFilter.all(), PageRequest.of(0, 5, Sort.by(ProjectSort.DUE)));
        List<ProjectRow> second = projects.list(ProjectFilter.all(), PageRequest.of(1, 5, Sort.by(ProjectSort.DUE)));
        assertThat(first).hasSize(5);
        assertThat(first)
                .extracting(ProjectRow::id)
                .doesNotContainAnyElementsOf(second.stream().map(ProjectRow::id).toList());
        assertThat(projects.list(ProjectFilter.all(), PageRequest.of(0, 10_000)))
                .hasSize(12);
        assertThatThrownBy(() -> projects.list(ProjectFilter.all(), PageRequest.of(0, 5, Sort.by("hourlyRate; drop"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_due_date_before_the_start_is_refused_with_a_clear_message() {
        Client c = client("Dates Ltd", "EUR");
        actAs(TestData.STAFF, "STAFF");
        Project p = validProject(c);
        p.setDueDate(MONDAY.minusDays(1));
        assertThatThrownBy(() -> projects.save(p))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey())
                .isEqualTo("project.due.before-start");
        p.setDueDate(MONDAY);
        assertThat(projects.save(p).getDueDate())
                .as("due on the start day is fine")
                .isEqualTo(MONDAY);
    }

    @Test
    void the_billing_method_decides_which_amount_is_required_and_kept() {
        Client c = client("Billing Ltd", "EUR");
        actAs(TestData.STAFF, "STAFF");
        Project hourly = validProject(c);
        hourly.setHourlyRate(null);
        assertThatThrownBy(() -> projects.save(hourly))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey())
                .isEqualTo("project.rate.required");

        Project fixed = validProject(c);
        fixed.setBillingMethod(BillingMethod.FIXED);
        assertThatThrownBy(() -> projects.save(fixed))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey())
                .isEqualTo("project.fixed-cost.required");
        fixed.setFixedCost(BigDecimal.ZERO);
        Project saved = projects.save(fixed);
        assertThat(saved.getHourlyRate()).as("the unused rate is cleared").isNull();
        assertThat(jdbc.queryForObject(
                        "select hourly_rate from projects where id = ?", BigDecimal.class, saved.getId()))
                .isNull();
        assertThat(rows("projects")).isEqualTo(1);
    }

    @Test
    void bean_validation_refuses_a_blank_name_and_a_negative_rate_before_saving() {
        Client c = client("Valid Ltd", "EUR");
        actAs(TestData.STAFF, "STAFF");
        Project p = validProject(c);
        p.setName("   ");
        p.setHourlyRate(new BigDecimal("-5"));
        assertThatThrownBy(() -> projects.save(p))
                .isInstanceOf(ConstraintViolationException.class)
                .extracting(e -> ((ConstraintViolationException) e)
                        .getConstraintViolations().stream()
                                .map(v -> v.getPropertyPath().toString())
                                .sorted()
                                .toList())
                .isEqualTo(List.of("hourlyRate", "name"));
        assertThat(rows("projects")).isZero();
    }

    @Test
    void hours_must_be_more_than_zero_and_at_most_a_day() {
        Project p = testData.project(client("Hours Ltd", "EUR"), "Clock", BillingMethod.HOURLY, "50");
        actAs(TestData.STAFF, "STAFF");
        for (String hours : new String[] {"0", "-1", "24.25", "1.125"}) {
            TimeEntry e = projects.newTimeEntry(p.getId());
            e.setHours(new BigDecimal(hours));
            assertThatThrownBy(() -> projects.saveTimeEntry(e))
                    .as(hours)
                    .isInstanceOf(ConstraintViolationException.class)
                    .extracting(ex -> ((ConstraintViolationException) ex)
                            .getConstraintViolations().stream()
                                    .map(ConstraintViolation::getPropertyPath)
                                    .map(Object::toString)
                                    .toList())
                    .isEqualTo(List.of("hours"));
        }
        TimeEntry full = projects.newTimeEntry(p.getId());
        full.setHours(new BigDecimal("24"));
        projects.saveTimeEntry(full);
        assertThat(rows("time_entries")).isEqualTo(1);
    }

    @Test
    void a_new_time_entry_is_todays_billable_work_of_the_caller() {
        Project p = testData.project(client("Defaults Ltd", "EUR"), "Defaults", BillingMethod.HOURLY, "50");
        actAs(TestData.STAFF, "STAFF");
        TimeEntry e = projects.newTimeEntry(p.getId());
        assertThat(e.getUserId()).isEqualTo(testData.accountId(TestData.STAFF));
        assertThat(e.getWorkDate()).isEqualTo(LocalDate.now());
        assertThat(e.isBillable()).isTrue();
        assertThat(e.getProjectId()).isEqualTo(p.getId());
    }

    @Test
    void only_an_administrator_or_the_entrys_own_user_may_change_it() {
        Project p = testData.project(client("Owners Ltd", "EUR"), "Shared", BillingMethod.HOURLY, "50");
        TimeEntry admins = testData.timeEntry(p, TestData.ADMIN, MONDAY, "2", true);
        TimeEntry staffs = testData.timeEntry(p, TestData.STAFF, MONDAY, "3", true);

        actAs(TestData.STAFF, "STAFF");
        TimeEntry foreign = projects.getTimeEntry(admins.getId());
        foreign.setHours(new BigDecimal("9"));
        assertThatThrownBy(() -> projects.saveTimeEntry(foreign))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey())
                .isEqualTo("project.time.not-yours");
        assertThatThrownBy(() -> projects.deleteTimeEntry(admins.getId())).isInstanceOf(RuleViolationException.class);
        TimeEntry forSomeoneElse = projects.newTimeEntry(p.getId());
        forSomeoneElse.setUserId(testData.accountId(TestData.ADMIN));
        forSomeoneElse.setHours(BigDecimal.ONE);
        assertThatThrownBy(() -> projects.saveTimeEntry(forSomeoneElse)).isInstanceOf(RuleViolationException.class);
        assertThat(projects.timeEntries(TimeEntryFilter.forProject(p.getId()), PageRequest.of(0, 10)))
                .extracting(TimeEntryRow::userName, TimeEntryRow::editable)
                .containsExactlyInAnyOrder(Tuple.tuple("Ada Admin", false), Tuple.tuple("Sam Staff", true));

        TimeEntry own = projects.getTimeEntry(staffs.getId());
        own.setHours(new BigDecimal("3.5"));
        projects.saveTimeEntry(own);
        projects.deleteTimeEntry(staffs.getId());

        actAs(TestData.ADMIN, "ADMIN");
        TimeEntry anyone = projects.getTimeEntry(admins.getId());
        anyone.setUserId(testData.accountId(TestData.STAFF));
        projects.saveTimeEntry(anyone);
        assertThat(jdbc.queryForObject("select user_id from time_entries where id = ?", Long.class, admins.getId()))
                .isEqualTo(testData.accountId(TestData.STAFF));
        assertThat(rows("time_entries")).isEqualTo(1);
    }

    @Test
    void managers_read_but_cannot_write() {
        Client c = client("Read Only Ltd", "EUR");
        Project p = testData.project(c, "Looked at", BillingMethod.FIXED, "10");
        actAs(TestData.MANAGER, "MANAGER");
        assertThat(projects.count(ProjectFilter.all())).isEqualTo(1);
        assertThatThrownBy(() -> projects.save(validProject(c))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> projects.delete(p.getId())).isInstanceOf(AccessDeniedException.class);
        actAs(TestData.CLIENT_USER, "CLIENT");
        assertThatThrownBy(() -> projects.count(ProjectFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void restricted_staff_see_only_projects_of_their_own_or_assigned_clients() {
        long staffId = testData.accountId(TestData.STAFF);
        long adminId = testData.accountId(TestData.ADMIN);
        Client own = client("Own Client", "EUR");
        own.setOwnerId(staffId);
        own = testData.save(own);
        Client assigned = client("Assigned Client", "EUR");
        assigned.setOwnerId(adminId);
        assigned.getAssignedStaffIds().add(staffId);
        assigned = testData.save(assigned);
        Client foreign = client("Foreign Client", "EUR");
        foreign.setOwnerId(adminId);
        foreign = testData.save(foreign);
        Project ownProject = testData.project(own, "Own project", BillingMethod.FIXED, "1");
        testData.project(assigned, "Assigned project", BillingMethod.FIXED, "1");
        Project foreignProject = testData.project(foreign, "Foreign project", BillingMethod.HOURLY, "10");
        TimeEntry foreignEntry = testData.timeEntry(foreignProject, TestData.ADMIN, MONDAY, "1", true);
        testData.timeEntry(ownProject, TestData.STAFF, MONDAY, "2", true);
        testData.restrictStaff();

        actAs(TestData.STAFF, "STAFF");
        assertThat(names(ProjectFilter.all())).containsExactly("Assigned project", "Own project");
        assertThat(projects.count(ProjectFilter.all().withSearch("project"))).isEqualTo(2);
        long foreignId = foreign.getId();
        assertThatThrownBy(() -> names(ProjectFilter.forClient(foreignId))).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> projects.get(foreignProject.getId())).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> projects.get(999_999L)).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> projects.summary(foreignProject.getId())).isInstanceOf(ProjectNotFoundException.class);
        assertThatThrownBy(() -> projects.getTimeEntry(foreignEntry.getId()))
                .isInstanceOf(TimeEntryNotFoundException.class);
        assertThat(projects.countTimeEntries(new TimeEntryFilter(null, null))).isEqualTo(1);
        assertThatThrownBy(() -> projects.totalHours(TimeEntryFilter.forClient(foreignId)))
                .isInstanceOf(ClientNotFoundException.class);

        Project moved = projects.get(ownProject.getId());
        moved.setClientId(foreign.getId());
        assertThatThrownBy(() -> projects.save(moved))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey())
                .isEqualTo("project.client.unavailable");
        TimeEntry sneaky = projects.newTimeEntry(null);
        sneaky.setProjectId(foreignProject.getId());
        sneaky.setHours(BigDecimal.ONE);
        assertThatThrownBy(() -> projects.saveTimeEntry(sneaky)).isInstanceOf(ProjectNotFoundException.class);
    }

    @Test
    void projects_of_a_trashed_client_are_hidden_until_it_is_restored() {
        Client c = client("Trashed Soon Ltd", "EUR");
        Project p = testData.project(c, "Paused", BillingMethod.FIXED, "1");
        actAs(TestData.STAFF, "STAFF");
        clients.trash(List.of(c.getId()));
        assertThat(projects.count(ProjectFilter.all())).isZero();
        assertThatThrownBy(() -> projects.get(p.getId())).isInstanceOf(ProjectNotFoundException.class);
        clients.restore(List.of(c.getId()));
        assertThat(projects.get(p.getId()).getName()).isEqualTo("Paused");
    }

    @Test
    void deleting_a_project_takes_its_time_entries_along() {
        Client c = client("Delete Project Ltd", "EUR");
        Project p = testData.project(c, "Gone", BillingMethod.HOURLY, "10");
        Project kept = testData.project(c, "Kept", BillingMethod.HOURLY, "10");
        testData.timeEntry(p, TestData.STAFF, MONDAY, "1", true);
        testData.timeEntry(p, TestData.STAFF, MONDAY, "2", true);
        testData.timeEntry(kept, TestData.STAFF, MONDAY, "3", true);
        actAs(TestData.STAFF, "STAFF");
        assertThat(projects.timeEntryCount(p.getId())).isEqualTo(2);
        assertThat(projects.delete(p.getId())).isEqualTo(2);
        assertThat(rows("projects")).isEqualTo(1);
        assertThat(rows("time_entries")).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from project_members where project_id = ?", Long.class, p.getId()))
                .isZero();
    }

    @Test
    void permanently_deleting_a_client_removes_its_projects_members_and_time_entries() {
        Client doomed = client("Doomed Ltd", "EUR");
        Client survivor = client("Survivor Ltd", "EUR");
        Project p = testData.project(doomed, "Doomed project", BillingMethod.HOURLY, "10");
        Project other = testData.project(survivor, "Surviving project", BillingMethod.HOURLY, "10");
        testData.timeEntry(p, TestData.STAFF, MONDAY, "1", true);
        testData.timeEntry(p, TestData.ADMIN, MONDAY, "2", false);
        testData.timeEntry(other, TestData.STAFF, MONDAY, "3", true);
        assertThat(rows("project_members"))
                .as("saved directly, projects start without members")
                .isZero();
        jdbc.update(
                "insert into project_members (project_id, user_id) values (?, ?)",
                p.getId(),
                testData.accountId(TestData.STAFF));

        actAs(TestData.ADMIN, "ADMIN");
        clients.trash(List.of(doomed.getId()));
        assertThat(clients.deletePermanently(Set.of(doomed.getId()))).isEqualTo(1);

        assertThat(rows("projects")).isEqualTo(1);
        assertThat(rows("project_members")).isZero();
        assertThat(jdbc.queryForList("select hours from time_entries", BigDecimal.class))
                .singleElement()
                .satisfies(h -> assertThat(h).isEqualByComparingTo("3"));
        assertThat(projects.summary(other.getId()).cost()).isEqualByComparingTo("30");
    }

    @Test
    void members_are_kept_with_their_names_and_unknown_users_are_refused() {
        Client c = client("Members Ltd", "EUR");
        actAs(TestData.STAFF, "STAFF");
        Project p = projects.newProject(c.getId());
        assertThat(p.getMemberIds()).containsExactly(testData.accountId(TestData.STAFF));
        assertThat(p.getClientId()).isEqualTo(c.getId());
        p.setName("Team work");
        p.setHourlyRate(new BigDecimal("70"));
        p.getMemberIds().add(testData.accountId(TestData.ADMIN));
        Project saved = projects.save(p);
        assertThat(projects.summary(saved.getId()).members()).containsExactly("Ada Admin", "Sam Staff");

        Project again = projects.get(saved.getId());
        again.getMemberIds().add(987_654L);
        assertThatThrownBy(() -> projects.save(again))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey())
                .isEqualTo("project.members.unknown");
    }
}
