package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.support.AtOnce;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's largest groups for those who see every client come from counts kept per group (issue 19); after
 * each kind of change — a client created in groups, created in bulk (import), its groups changed, trashed, restored,
 * merged, deleted for good — they equal the live count over the memberships ({@link ClientQueries#largestGroups}).
 * Restricted staff members read counts kept per staff member (changeset 0040), checked the same way for two of them
 * whose clients change owner and assignment along the way.
 */
class GroupSizesTest extends SpringTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientMergeService merges;

    @Autowired
    ClientQueries queries;

    private static final String SARA = "sara";

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private long staffId;
    private long saraId;

    @org.junit.jupiter.api.BeforeEach
    void twoRestrictedStaffMembers() {
        testData.staffAccount(SARA, "Sara Second");
        testData.restrictStaff();
        jdbc.update("update user_accounts set view_all_clients = false where username = ?", SARA);
        staffId = testData.accountId(TestData.STAFF);
        saraId = testData.accountId(SARA);
    }

    @Test
    void kept_group_sizes_equal_the_live_counts_after_every_kind_of_change() {
        ClientGroup key = testData.group("Key accounts");
        ClientGroup retail = testData.group("Retail");
        ClientGroup partners = testData.group("Partners");
        Client alpha = testData.company("Alpha AG", "a@test.example");
        alpha.setOwnerId(staffId);
        Client a = inGroups(alpha, key, retail);
        Client beta = testData.company("Beta SA", "b@test.example");
        beta.setAssignedStaffIds(Set.of(staffId, saraId));
        Client b = inGroups(beta, key);
        assertConsistent("created in groups");
        assertThat(largestFor(TestData.STAFF))
                .extracting(GroupSize::name, GroupSize::clients)
                .containsExactly(tupleOf("Key accounts", 2), tupleOf("Retail", 1));
        assertThat(largest())
                .extracting(GroupSize::name, GroupSize::clients)
                .first()
                .isEqualTo(tupleOf("Key accounts", 2));

        List<Client> imported = SystemAuthentication.call(() -> {
            Client c = clients.newClient(ClientType.COMPANY);
            c.setName("Gamma GmbH");
            c.setOwnerId(saraId);
            c.setGroups(Set.of(partners, retail));
            Client d = clients.newClient(ClientType.COMPANY);
            d.setName("Delta Ltd");
            d.setGroups(Set.of(partners));
            return clients.createAll(List.of(c, d));
        });
        assertConsistent("created in bulk");

        inGroups(testData.reload(b), retail, partners);
        assertConsistent("groups changed");
        Client reassigned = testData.reload(b);
        reassigned.setAssignedStaffIds(Set.of(saraId));
        testData.save(reassigned);
        assertConsistent("assignment changed");
        Client handedOver = testData.reload(a);
        handedOver.setOwnerId(saraId);
        testData.save(handedOver);
        assertConsistent("owner changed");

        testData.trash(a);
        assertConsistent("trashed");
        SystemAuthentication.run(() -> clients.restore(List.of(a.getId())));
        assertConsistent("restored");

        SystemAuthentication.run(() -> merges.merge(imported.getFirst().getId(), a.getId(), Set.of()));
        assertConsistent("merged");

        testData.trash(b);
        SystemAuthentication.run(() -> clients.deletePermanently(List.of(b.getId())));
        assertConsistent("deleted for good");
        assertThat(largest())
                .extracting(GroupSize::name, GroupSize::clients)
                .containsExactly(tupleOf("Partners", 2), tupleOf("Key accounts", 1), tupleOf("Retail", 1));
    }

    /**
     * Many clients joining and leaving the same two groups at once — created in them one by one and in bulk, moved out
     * of one and back — all go through and are counted once each. A membership's insert takes its group's row shared
     * (foreign key) and the count's update then wants it exclusively; without the group's row locked first, two
     * joiners of one group deadlocked on MariaDB (about one run in four of this test).
     */
    @Test
    void clients_joining_and_leaving_the_same_groups_at_once_are_all_counted() throws Exception {
        ClientGroup key = testData.group("Key accounts");
        ClientGroup retail = testData.group("Retail");
        int writers = 6;
        AtOnce.run(writers, writer -> {
            for (int round = 0; round < 4; round++) {
                String name = "Writer " + writer + " round " + round;
                Client moved = inGroups(testData.company(name, null), key, retail);
                inGroups(testData.reload(moved), retail);
                inGroups(testData.reload(moved), key, retail);
                SystemAuthentication.run(() -> {
                    Client bulk = clients.newClient(ClientType.COMPANY);
                    bulk.setName(name + " (import)");
                    bulk.setGroups(Set.of(key, retail));
                    clients.createAll(List.of(bulk));
                });
            }
        });
        assertConsistent("joined and left at once");
        assertThat(largest())
                .extracting(GroupSize::name, GroupSize::clients)
                .containsExactly(tupleOf("Key accounts", writers * 8L), tupleOf("Retail", writers * 8L));
    }

    private static org.assertj.core.groups.Tuple tupleOf(String name, long clients) {
        return org.assertj.core.groups.Tuple.tuple(name, clients);
    }

    private List<GroupSize> largest() {
        actAs(TestData.ADMIN.toUpperCase(java.util.Locale.ROOT));
        return clients.largestGroups(10);
    }

    private void assertConsistent(String step) {
        List<GroupSize> kept = largest();
        List<GroupSize> live = queries.largestGroups(10);
        assertThat(kept).as(step).isEqualTo(live);
        for (String who : List.of(TestData.STAFF, SARA)) {
            List<GroupSize> keptFor = largestFor(who);
            // The live count under the same caller: the query applies the caller's restriction.
            List<GroupSize> liveFor = queries.largestGroups(10);
            assertThat(keptFor).as("%s, seen by %s", step, who).isEqualTo(liveFor);
        }
    }

    /** The largest groups as a restricted staff member sees them (their own and assigned clients). */
    private List<GroupSize> largestFor(String who) {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        actAsAccount(who);
        return clients.largestGroups(10);
    }

    private Client inGroups(Client client, ClientGroup... groups) {
        client.setGroups(Set.of(groups));
        return testData.save(client);
    }
}
