package io.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.project.ProjectFilter;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

class DemoProjectsTest extends SpringTest {

    @Autowired
    DemoDataWriter writer;

    @Autowired
    ProjectService projects;

    @Autowired
    JdbcTemplate jdbc;

    private List<Map<String, Object>> demo() {
        testData.demoClients(30);
        writer.writeProjects(7, List.of(testData.accountId(TestData.STAFF), testData.accountId(TestData.ADMIN)));
        return jdbc.queryForList("""
                select p.name, p.billing_method, p.hourly_rate, p.fixed_cost, p.start_date, p.due_date,
                  (select count(*) from project_members m where m.project_id = p.id) as members,
                  (select sum(t.hours) from time_entries t where t.project_id = p.id) as hours
                from projects p order by p.id""");
    }

    @Test
    void the_same_seed_gives_the_same_projects_and_time() {
        List<Map<String, Object>> first = demo();
        testData.reset();
        assertThat(demo()).isEqualTo(first);
    }

    @Test
    void demo_projects_keep_the_rules_the_forms_enforce() {
        demo();
        assertThat(jdbc.queryForObject("select count(*) from projects", Long.class))
                .isBetween(10L, 20L);
        assertThat(jdbc.queryForObject("""
                select count(*) from projects where (billing_method = 'HOURLY' and (hourly_rate is null
                  or fixed_cost is not null)) or (billing_method = 'FIXED' and (fixed_cost is null
                  or hourly_rate is not null)) or due_date < start_date""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from time_entries where hours <= 0 or hours > 8", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from time_entries t where not exists (select 1 from project_members m
                  where m.project_id = t.project_id and m.user_id = t.user_id)""", Long.class))
                .as("time is logged by members")
                .isZero();
        List<ProjectRow> rows =
                SystemAuthentication.call(() -> projects.list(ProjectFilter.all(), PageRequest.of(0, 100)));
        assertThat(rows).allMatch(r -> r.cost().signum() >= 0 && !r.members().isEmpty());
    }
}
