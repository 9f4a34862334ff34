package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
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
 */
class GroupSizesTest extends SpringTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientMergeService merges;

    @Autowired
    ClientQueries queries;

    @Test
    void kept_group_sizes_equal_the_live_counts_after_every_kind_of_change() {
        ClientGroup key = testData.group("Key accounts");
        ClientGroup retail = testData.group("Retail");
        ClientGroup partners = testData.group("Partners");
        Client a = inGroups(testData.company("Alpha AG", "a@test.example"), key, retail);
        Client b = inGroups(testData.company("Beta SA", "b@test.example"), key);
        assertConsistent("created in groups");
        assertThat(largest())
                .extracting(GroupSize::name, GroupSize::clients)
                .first()
                .isEqualTo(tupleOf("Key accounts", 2));

        List<Client> imported = SystemAuthentication.call(() -> {
            Client c = clients.newClient(ClientType.COMPANY);
            c.setName("Gamma GmbH");
            c.setGroups(Set.of(partners, retail));
            Client d = clients.newClient(ClientType.COMPANY);
            d.setName("Delta Ltd");
            d.setGroups(Set.of(partners));
            return clients.createAll(List.of(c, d));
        });
        assertConsistent("created in bulk");

        inGroups(testData.reload(b), retail, partners);
        assertConsistent("groups changed");

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
    }

    private Client inGroups(Client client, ClientGroup... groups) {
        client.setGroups(Set.of(groups));
        return testData.save(client);
    }
}
