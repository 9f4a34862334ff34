package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import io.clientele.support.FakeClientDocuments;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** Staff visibility, localization defaults, the currency lock and the group filter, through the service. */
class ClientVisibilityTest extends SpringTest {

    @Autowired
    ClientService clients;

    @Autowired
    FakeClientDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SettingsService settings;

    @Autowired
    SearchWordQueries searchWords;

    @Value("${clientele.search.common-terms:50000}")
    int commonTerms;

    private long staffId;
    private long otherStaffId;
    private Client own;
    private Client assigned;
    private Client foreign;

    @BeforeEach
    void threeClients() {
        staffId = testData.accountId(TestData.STAFF);
        otherStaffId = testData.accountId(TestData.ADMIN);
        own = owned("Own Client GmbH", staffId);
        assigned = owned("Assigned Client SA", otherStaffId);
        assigned.getAssignedStaffIds().add(staffId);
        assigned = testData.save(assigned);
        foreign = owned("Foreign Client Ltd", otherStaffId);
        testData.restrictStaff();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
        searchWords.useThreshold(commonTerms, Duration.ofMinutes(10));
    }

    private Client owned(String name, long ownerId) {
        Client c = new Client(ClientType.COMPANY, name);
        c.setEmail(name.toLowerCase().replace(' ', '.') + "@example.com");
        c.setOwnerId(ownerId);
        return testData.save(c);
    }

    private List<String> visibleNames(ClientFilter filter) {
        return clients.list(filter, PageRequest.of(0, 50, Sort.by(ClientSort.NAME))).stream()
                .map(ClientRow::name)
                .toList();
    }

    @Test
    void restricted_staff_see_only_clients_they_own_or_are_assigned_to() {
        actAs(TestData.STAFF, "STAFF");
        assertThat(visibleNames(ClientFilter.live(null))).containsExactly("Assigned Client SA", "Own Client GmbH");
        assertThat(clients.count(ClientFilter.live(null))).isEqualTo(2);
        assertThat(visibleNames(ClientFilter.live("foreign"))).isEmpty();
        assertThat(clients.companies("Client", PageRequest.of(0, 10)))
                .extracting(Client::getName)
                .doesNotContain("Foreign Client Ltd");
    }

    @Test
    void another_staff_members_client_is_not_found_like_a_missing_one() {
        actAs(TestData.ADMIN, "ADMIN");
        Client foreignCopy = clients.get(foreign.getId());
        foreignCopy.setName("Hijacked");

        actAs(TestData.STAFF, "STAFF");
        assertThatThrownBy(() -> clients.get(foreign.getId())).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> clients.get(999_999L)).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> clients.save(foreignCopy)).isInstanceOf(ClientNotFoundException.class);
        assertThat(clients.trash(List.of(foreign.getId()))).isEmpty();
        assertThat(jdbc.queryForObject("select name from clients where id = ?", String.class, foreign.getId()))
                .isEqualTo("Foreign Client Ltd");
        assertThat(jdbc.queryForObject("select trashed_at from clients where id = ?", Timestamp.class, foreign.getId()))
                .isNull();
    }

    @Test
    void the_view_all_permission_admins_and_managers_see_everything() {
        jdbc.update("update user_accounts set view_all_clients = true where username = ?", TestData.STAFF);
        actAs(TestData.STAFF, "STAFF");
        assertThat(clients.count(ClientFilter.live(null))).isEqualTo(3);
        actAs(TestData.MANAGER, "MANAGER");
        assertThat(clients.count(ClientFilter.live(null))).isEqualTo(3);
        actAs(TestData.ADMIN, "ADMIN");
        assertThat(clients.get(foreign.getId()).getName()).isEqualTo("Foreign Client Ltd");
    }

    @Test
    void a_new_client_takes_the_system_defaults_and_the_caller_as_owner() {
        jdbc.update("update system_settings set default_currency = 'CHF', default_language = 'de'");
        actAs(TestData.STAFF, "STAFF");
        Client fresh = clients.newClient(ClientType.INDIVIDUAL);
        assertThat(fresh.getCurrency()).isEqualTo("CHF");
        assertThat(fresh.getLanguage()).isEqualTo("de");
        assertThat(settings.paymentTerm(fresh.getPaymentTermId()))
                .get()
                .extracting(PaymentTerm::getName)
                .isEqualTo("Net 30");
        assertThat(fresh.getOwnerId()).isEqualTo(staffId);
        fresh.setName("Fresh Person");
        Client saved = clients.save(fresh);
        assertThat(visibleNames(ClientFilter.live("Fresh"))).containsExactly("Fresh Person");
        assertThat(saved.getCurrency()).isEqualTo("CHF");
    }

    @Test
    void the_currency_cannot_change_once_the_client_has_documents() {
        actAs(TestData.ADMIN, "ADMIN");
        Client free = clients.get(own.getId());
        free.setCurrency("USD");
        assertThat(clients.save(free).getCurrency()).isEqualTo("USD");

        documents.markHasDocuments(own.getId());
        Client locked = clients.get(own.getId());
        assertThat(clients.isCurrencyLocked(own.getId())).isTrue();
        locked.setCurrency("GBP");
        assertThatThrownBy(() -> clients.save(locked))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey())
                .isEqualTo("client.currency.locked");
        Client other = clients.get(own.getId());
        other.setPhone("+1 555 0100");
        assertThat(clients.save(other).getCurrency())
                .as("other changes still save")
                .isEqualTo("USD");
    }

    @Test
    void the_group_filter_combines_with_search_sorting_and_paging() {
        testData.demoClients(120);
        actAs(TestData.MANAGER, "MANAGER");
        long retailId = jdbc.queryForObject("select id from client_groups where name = 'Retail'", Long.class);
        long expected = jdbc.queryForObject("""
                select count(*) from clients c where c.trashed_at is null
                and exists (select 1 from client_group_members m where m.client_id = c.id and m.group_id = ?)""", Long.class, retailId);
        ClientFilter retail = ClientFilter.live(null).withGroups(Set.of(retailId));

        assertThat(expected).isBetween(5L, 60L);
        assertThat(clients.count(retail)).isEqualTo(expected);
        List<ClientRow> first = clients.list(retail, PageRequest.of(0, 10, Sort.by(ClientSort.NAME)));
        List<ClientRow> second = clients.list(retail, PageRequest.of(1, 10, Sort.by(ClientSort.NAME)));
        assertThat(first).allMatch(r -> r.groups().contains("Retail"));
        assertThat(second).allMatch(r -> r.groups().contains("Retail"));
        assertThat(first)
                .extracting(ClientRow::id)
                .doesNotContainAnyElementsOf(second.stream().map(ClientRow::id).toList());
        String someName = first.getFirst().name();
        assertThat(clients.list(retail.withSearch(someName), PageRequest.of(0, 50)))
                .allMatch(r -> r.name().contains(someName) && r.groups().contains("Retail"));
    }

    @Test
    void a_client_can_be_in_several_groups() {
        ClientGroup a = testData.group("Alpha");
        ClientGroup b = testData.group("Beta");
        actAs(TestData.ADMIN, "ADMIN");
        Client c = clients.get(own.getId());
        c.setGroups(Set.of(a, b));
        clients.save(c);
        assertThat(clients.get(own.getId()).getGroups())
                .extracting(ClientGroup::getName)
                .containsExactlyInAnyOrder("Alpha", "Beta");
        ClientRow row = clients.list(ClientFilter.live("Own").withGroups(Set.of(a.getId())), PageRequest.of(0, 5))
                .getFirst();
        assertThat(row.groups()).containsExactly("Alpha", "Beta");
    }

    @Test
    void the_restricted_list_pages_and_sorts_like_the_full_list_narrowed_to_the_staff_members_clients() {
        testData.demoClients(120);
        // Owned: every third client; assigned: every seventh (some of them owned too, which must not show twice).
        jdbc.update("update clients set owner_id = case when mod(id, 3) = 0 then ? else ? end", staffId, otherStaffId);
        jdbc.update(
                "insert into client_staff (client_id, user_id) select id, ? from clients where mod(id, 7) = 0"
                        + " and id not in (select client_id from client_staff where user_id = ?)",
                staffId,
                staffId);
        jdbc.update("update clients set trashed_at = current_timestamp where mod(id, 11) = 0");
        // Empty phones and locations: the assigned half is bounded by the owned half's last row, nulls included.
        jdbc.update("update clients set phone = null where mod(id, 4) = 2");
        jdbc.update("update clients set location = null where mod(id, 5) = 3");
        Set<Long> visible = Set.copyOf(jdbc.queryForList(
                "select id from clients where owner_id = ? union "
                        + "select client_id from client_staff where user_id = ?",
                Long.class,
                staffId,
                staffId));
        long retailId = jdbc.queryForObject("select id from client_groups where name = 'Retail'", Long.class);
        long assignedOnly = jdbc.queryForObject(
                "select count(*) from client_staff a join clients c on c.id ="
                        + " a.client_id where a.user_id = ? and c.owner_id <> ? and c.trashed_at is null",
                Long.class,
                staffId,
                staffId);
        // Pages both before and after the assigned count: the merge takes both of its paths.
        assertThat(assignedOnly).isBetween(3L, visible.size() - 21L);

        Map<ClientFilter, Integer> sizes = new HashMap<>();
        // Searches too: a word most clients have (the demo mail domains), a word of one client's name, one letter.
        String word = Arrays.stream(jdbc.queryForObject(
                                "select name from clients where owner_id = ?"
                                        + " and trashed_at is null order by id limit 1",
                                String.class,
                                staffId)
                        .split(" "))
                .filter(w -> w.length() >= 3)
                .findFirst()
                .orElseThrow();
        // The first letter of a client the staff member owns: which clients they own depends on the ids, and so on
        // how many clients earlier tests created ("b" found none in some suite orders).
        String letter = jdbc.queryForObject(
                        "select name from clients where owner_id = ? and trashed_at is null order by id limit 1",
                        String.class,
                        staffId)
                .substring(0, 1)
                .toLowerCase(Locale.ROOT);
        // Twice: with the configured threshold every test word is rare (the restricted list then reads the word's terms
        // in one query), with 1 every word is common (its two halves probe them; the assigned half is bounded).
        for (int threshold : List.of(commonTerms, 1)) {
            searchWords.useThreshold(threshold, Duration.ZERO);
            for (ClientFilter filter : List.of(
                    ClientFilter.live(null),
                    ClientFilter.trash(null),
                    ClientFilter.live(null).withGroups(Set.of(retailId)),
                    ClientFilter.live("example"),
                    ClientFilter.live(word),
                    ClientFilter.live(letter),
                    ClientFilter.trash("example"),
                    ClientFilter.live("example").withGroups(Set.of(retailId)),
                    ClientFilter.live("50%_!"))) {
                for (String key : List.of(
                        ClientSort.NAME,
                        ClientSort.TYPE,
                        ClientSort.EMAIL,
                        ClientSort.PHONE,
                        ClientSort.LOCATION,
                        ClientSort.ACTIVE,
                        ClientSort.TRASHED_AT,
                        ClientSort.BALANCE)) {
                    for (Sort.Direction direction : Sort.Direction.values()) {
                        Sort sort = Sort.by(direction, key);
                        actAs(TestData.ADMIN, "ADMIN");
                        List<Long> expected = clients.list(filter, PageRequest.of(0, 500, sort)).stream()
                                .map(ClientRow::id)
                                .filter(visible::contains)
                                .toList();
                        actAs(TestData.STAFF, "STAFF");
                        List<Long> paged = new ArrayList<>();
                        for (int page = 0; page * 7 < expected.size() + 7; page++) {
                            clients.list(filter, PageRequest.of(page, 7, sort)).forEach(r -> paged.add(r.id()));
                        }
                        assertThat(paged)
                                .as("%s by %s %s", filter, key, direction)
                                .isEqualTo(expected);
                        // Longer first pages: the owned half's last row (the assigned half's bound) lands on an empty
                        // phone or location in both directions.
                        for (int size : List.of(20, 35)) {
                            assertThat(clients.list(filter, PageRequest.of(0, size, sort)).stream()
                                            .map(ClientRow::id)
                                            .toList())
                                    .as("%s by %s %s, first %d", filter, key, direction, size)
                                    .isEqualTo(expected.subList(0, Math.min(size, expected.size())));
                        }
                        sizes.put(filter, expected.size());
                        assertThat(clients.count(filter)).as("count %s", filter).isEqualTo(expected.size());
                    }
                }
            }
        }
        assertThat(sizes.get(ClientFilter.live("example")))
                .as("a common word spans pages")
                .isGreaterThan(14);
        assertThat(sizes.get(ClientFilter.live(word)))
                .as("the name word finds its client")
                .isPositive();
        assertThat(sizes.get(ClientFilter.live(letter)))
                .as("one letter: names starting with it")
                .isPositive();
    }
}
