package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Tags on clients (issue 22): names, colours, the list filter, batch changes and the caller's scope. */
class ClientTagsTest extends SpringTest {

    @Autowired
    ClientTags tags;

    @Autowired
    ClientService clients;

    @Autowired
    ClientHistoryService historyService;

    private static String refusal(Runnable action) {
        try {
            action.run();
            return "accepted";
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
    }

    private Client tagged(String name, String... tagNames) {
        Client client = testData.reload(testData.company(name, null));
        for (String t : tagNames) {
            client.getTags().add(new ClientTag(t));
        }
        return testData.save(client);
    }

    @Test
    void names_are_trimmed_unique_ignoring_case_short_and_free_of_commas_and_new_tags_get_a_palette_colour() {
        actAsAccount(TestData.STAFF);

        assertThat(ClientTags.normalise("  Key   account ")).isEqualTo("Key account");
        assertThat(List.of("  ", "x".repeat(ClientTag.NAME_MAX + 1), "a,b"))
                .extracting(n -> refusal(() -> ClientTags.normalise(n)))
                .containsExactly("tag.name.required", "tag.name.too-long", "tag.name.comma");
        assertThat(refusal(() -> ClientTags.normalise("x".repeat(ClientTag.NAME_MAX))))
                .isEqualTo("accepted");

        Set<ClientTag> first = tags.findOrCreate(List.of("VIP", " vip ", "Newsletter"));
        Set<ClientTag> again = tags.findOrCreate(List.of("Vip"));

        assertThat(first).extracting(ClientTag::getName).containsExactlyInAnyOrder("VIP", "Newsletter");
        assertThat(again)
                .extracting(ClientTag::getId)
                .containsExactly(first.stream()
                        .filter(t -> t.getName().equals("VIP"))
                        .findFirst()
                        .orElseThrow()
                        .getId());
        assertThat(first).allSatisfy(t -> assertThat(t.getColour()).isNotNull());
        ClientTag newsletter = first.stream()
                .filter(t -> t.getName().equals("Newsletter"))
                .findFirst()
                .orElseThrow();
        assertThat(refusal(() -> tags.rename(newsletter.getId(), "VIP"))).isEqualTo("tag.name.taken");
        assertThat(tags.rename(newsletter.getId(), "News").getName()).isEqualTo("News");
        assertThat(tags.recolour(newsletter.getId(), TagColour.TEAL).getColour())
                .isEqualTo(TagColour.TEAL);
        assertThat(tags.suggest("ne", 0, 10)).extracting(ClientTag::getName).containsExactly("News");
    }

    @Test
    void the_tag_filter_keeps_clients_with_any_of_the_tags_together_with_search_group_and_sort() {
        ClientGroup retail = testData.group("Retail tags");
        Client alpha = tagged("Tagfilter Alpha", "VIP");
        Client beta = tagged("Tagfilter Beta", "Newsletter");
        Client gamma = tagged("Tagfilter Gamma", "VIP", "Newsletter");
        tagged("Tagfilter Delta");
        tagged("Other Epsilon", "VIP");
        for (Client c : List.of(alpha, gamma)) {
            Client edit = testData.reload(c);
            edit.getGroups().add(retail);
            testData.save(edit);
        }
        actAsAccount(TestData.STAFF);
        Set<Long> vipAndNews = Set.of(id("VIP"), id("Newsletter"));

        ClientFilter filter = ClientFilter.live("tagfilter").withTags(vipAndNews);
        List<ClientRow> rows = clients.list(filter, PageRequest.of(0, 25, Sort.by(Sort.Order.desc(ClientSort.NAME))));

        assertThat(rows)
                .extracting(ClientRow::name)
                .containsExactly("Tagfilter Gamma", "Tagfilter Beta", "Tagfilter Alpha");
        assertThat(clients.countUpTo(filter, 100)).isEqualTo(3);
        // Tags alone are counted from their members up to the limit: Gamma carries both and counts once.
        ClientFilter tagsOnly = ClientFilter.live(null).withTags(vipAndNews);
        assertThat(clients.countUpTo(tagsOnly, 100)).isEqualTo(4);
        assertThat(clients.countUpTo(tagsOnly, 2)).isEqualTo(3);
        assertThat(clients.list(filter.withGroups(Set.of(retail.getId())), PageRequest.of(0, 25)))
                .extracting(ClientRow::name)
                .containsExactly("Tagfilter Alpha", "Tagfilter Gamma");
        assertThat(rows.getFirst().tags()).extracting(TagBadge::name).containsExactly("Newsletter", "VIP");
    }

    @Test
    void restricted_staff_filter_count_and_change_only_their_own_clients() {
        Client mine = testData.reload(tagged("Mine Tagged", "VIP"));
        mine.setOwnerId(testData.accountId(TestData.STAFF));
        testData.save(mine);
        Client theirs = tagged("Theirs Tagged", "VIP");
        // Another of their own clients, without the tag: the filter must leave it out for them too.
        Client mineUntagged = testData.reload(tagged("Mine Untagged"));
        mineUntagged.setOwnerId(testData.accountId(TestData.STAFF));
        testData.save(mineUntagged);
        testData.restrictStaff();
        actAsAccount(TestData.STAFF);

        assertThat(clients.list(ClientFilter.live(null).withTags(Set.of(id("VIP"))), PageRequest.of(0, 25)))
                .extracting(ClientRow::name)
                .containsExactly("Mine Tagged");
        assertThat(clients.countUpTo(ClientFilter.live(null).withTags(Set.of(id("VIP"))), 100))
                .isEqualTo(1);
        assertThat(tags.clientCount(id("VIP"))).isEqualTo(1);
        assertThat(tags.add(List.of(mine.getId(), theirs.getId()), "Gold"))
                .isEqualTo(new ClientTags.BatchResult(1, 0, 1));
        assertThat(refusal(() -> tags.delete(id("VIP")))).isEqualTo("tag.delete.used-elsewhere");
    }

    @Test
    void batch_add_and_remove_change_allowed_clients_in_history_and_report_unchanged_and_refused_ones() {
        Client a = tagged("Batch A", "VIP");
        Client b = tagged("Batch B");
        Client trashed = tagged("Batch Trashed");
        testData.trash(trashed);
        actAsAccount(TestData.STAFF);

        var added = tags.add(List.of(a.getId(), b.getId(), trashed.getId()), " vip ");
        assertThat(added).isEqualTo(new ClientTags.BatchResult(1, 1, 1));
        assertThat(tagNames(b)).containsExactly("VIP");
        assertThat(historyService.page(b.getId(), PageRequest.of(0, 10))).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("tags");
            assertThat(e.newValue()).isEqualTo("VIP");
        });

        var removed = tags.remove(List.of(a.getId(), b.getId()), id("VIP"));
        assertThat(removed).isEqualTo(new ClientTags.BatchResult(2, 0, 0));
        assertThat(tagNames(a)).isEmpty();
        assertThat(refusal(() -> tags.add(List.of(a.getId()), "a,b"))).isEqualTo("tag.name.comma");
    }

    @Test
    void deleting_a_tag_says_how_many_clients_carried_it_and_takes_it_off_them() {
        Client a = tagged("Delete A", "Old");
        tagged("Delete B", "Old");
        actAsAccount(TestData.ADMIN);
        long old = id("Old");

        assertThat(tags.clientCount(old)).isEqualTo(2);
        assertThat(tags.delete(old)).isEqualTo(2);
        assertThat(tagNames(a)).isEmpty();
        assertThat(tags.suggest("old", 0, 10)).isEmpty();
    }

    private long id(String name) {
        return SystemAuthentication.call(
                () -> tags.suggest(name, 0, 1).getFirst().getId());
    }

    private List<String> tagNames(Client client) {
        return SystemAuthentication.call(() -> clients.get(client.getId()).getTags().stream()
                .map(ClientTag::getName)
                .sorted()
                .toList());
    }

    @Test
    void the_demo_data_tags_some_clients() {
        testData.demoClients(30);
        actAsAccount(TestData.ADMIN);

        long vip = clients.count(ClientFilter.live(null).withTags(Set.of(id("VIP"))));
        assertThat(vip).isBetween(1L, 29L);
    }
}
