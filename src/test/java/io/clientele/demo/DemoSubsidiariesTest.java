package io.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.ClientParents;
import io.clientele.support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 22: the demo shows one parent company with two subsidiaries. */
class DemoSubsidiariesTest extends SpringTest {

    @Autowired
    DemoDataWriter writer;

    @Autowired
    ClientParents parents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_parent_lists_two_companies_as_its_subsidiaries() {
        testData.demoClients(30);
        long parent = jdbc.queryForObject(
                "select min(id) from clients where client_type = 'COMPANY' and trashed_at is null", Long.class);

        writer.linkSubsidiaries(parent);

        assertThat(SystemAuthentication.call(() -> parents.subsidiaries(parent, PageRequest.of(0, 10))))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.id()).isNotEqualTo(parent));
        assertThat(jdbc.queryForObject(
                        "select count(*) from clients where parent_id is not null and client_type <> 'COMPANY'",
                        Long.class))
                .isZero();
    }
}
