package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Trash and restore give back exactly what was trashed: every row of the client's graph (the client with its
 * localization, contacts, groups, assigned staff, logins, member individuals) is compared column by column before
 * trashing and after restoring. Only the trash marker and the optimistic-lock version may differ.
 */
class TrashRestoreGraphTest extends SpringTest {

    /** Table and the SQL that reads the client's rows in it; add a line when a feature hangs data off a client. */
    private static final Map<String, String> GRAPH = new LinkedHashMap<>();

    static {
        GRAPH.put("clients", "select * from clients where id = ?");
        GRAPH.put("contacts", "select * from contacts where client_id = ? order by id");
        GRAPH.put("client_group_members", "select * from client_group_members where client_id = ? order by group_id");
        GRAPH.put("client_staff", "select * from client_staff where client_id = ? order by user_id");
        GRAPH.put("user_accounts", "select * from user_accounts where client_id = ? order by id");
        GRAPH.put("members", "select * from clients where company_id = ? order by id");
    }

    private static final Set<String> MAY_CHANGE = Set.of("VERSION", "TRASHED_AT");

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_restored_client_has_exactly_the_graph_it_had_before_the_trash() {
        Client acme = testData.company("Graph AG", "graph@example.com");
        var vip = testData.group("VIP");
        var north = testData.group("North");
        Client stored = SystemAuthentication.call(() -> clients.get(acme.getId()));
        stored.setGroups(Set.of(vip, north));
        stored.setLanguage("de");
        stored.setCurrency("CHF");
        stored.setNotes("Notes that must survive");
        stored.setAssignedStaffIds(Set.of(testData.accountId(TestData.STAFF)));
        testData.save(stored);
        testData.contact(acme, "Anna", "Becker");
        testData.contact(acme, "Ben", "Meier", c -> c.setNotes("second contact"));
        testData.clientAccount("graph-login", acme);
        Client member = testData.individual("Ida Member", "ida@example.com", "+41 44 111 11 11");
        Client m = SystemAuthentication.call(() -> clients.get(member.getId()));
        m.setCompany(acme);
        testData.save(m);

        Map<String, List<Map<String, Object>>> before = graph(acme.getId());
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        SystemAuthentication.run(() -> clients.trash(List.of(acme.getId())));
        assertThat(jdbc.queryForObject(
                        "select count(*) from clients where id = ? and trashed_at is not null",
                        Integer.class,
                        acme.getId()))
                .isEqualTo(1);
        SystemAuthentication.run(() -> clients.restore(List.of(acme.getId())));

        assertThat(graph(acme.getId())).isEqualTo(before);
    }

    private Map<String, List<Map<String, Object>>> graph(long clientId) {
        Map<String, List<Map<String, Object>>> graph = new LinkedHashMap<>();
        GRAPH.forEach((name, sql) -> graph.put(
                name,
                jdbc.queryForList(sql, clientId).stream()
                        .map(row -> {
                            Map<String, Object> kept = new LinkedHashMap<>();
                            row.forEach((column, value) -> {
                                if (!MAY_CHANGE.contains(column.toUpperCase(Locale.ROOT))) {
                                    kept.put(column.toUpperCase(Locale.ROOT), value);
                                }
                            });
                            return kept;
                        })
                        .toList()));
        return graph;
    }
}
