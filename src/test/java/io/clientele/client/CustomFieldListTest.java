package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The client list filtered and sorted by custom fields (issue 22), in SQL, with the caller's scope kept. */
class CustomFieldListTest extends SpringTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    CustomFields fields;

    @Autowired
    ClientService clients;

    @Autowired
    ClientQueries queries;

    private CustomField segment;
    private CustomField tier;
    private CustomField channels;
    private CustomField partner;
    private CustomField employees;
    private CustomField founded;

    private void client(String name, long ownerId, Object... values) {
        Client c = clients.newClient(ClientType.COMPANY);
        c.setName(name);
        c.setOwnerId(ownerId);
        Map<Long, Object> custom = new HashMap<>();
        for (int i = 0; i < values.length; i += 2) {
            custom.put(((CustomField) values[i]).getId(), values[i + 1]);
        }
        c.setCustomValues(custom);
        clients.save(c);
    }

    @BeforeEach
    void clientsWithValues() {
        long staff = testData.accountId(TestData.STAFF);
        long other = testData.accountId(TestData.ADMIN);
        SystemAuthentication.run(() -> {
            segment = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
            tier = fieldFixture.clientField(CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");
            channels = fieldFixture.clientField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
            partner = fieldFixture.clientField(CustomFieldType.YES_NO, "Partner");
            employees = fieldFixture.clientField(CustomFieldType.NUMBER, "Employees");
            founded = fieldFixture.clientField(CustomFieldType.DATE, "Founded");
            client(
                    "Alpha Ltd",
                    staff,
                    segment,
                    "Retail banking",
                    tier,
                    "Gold",
                    channels,
                    Set.of("Mail"),
                    partner,
                    true,
                    employees,
                    new BigDecimal("250"),
                    founded,
                    LocalDate.of(1990, 1, 1));
            client(
                    "Beta Ltd",
                    staff,
                    segment,
                    "retail",
                    tier,
                    "Silver",
                    channels,
                    Set.of("Mail", "Phone"),
                    partner,
                    false,
                    employees,
                    new BigDecimal("12"),
                    founded,
                    LocalDate.of(2010, 6, 1));
            client("Gamma Ltd", staff, segment, "Wholesale", employees, new BigDecimal("4000"));
            client(
                    "Foreign Ltd",
                    other,
                    segment,
                    "Retail",
                    tier,
                    "Gold",
                    channels,
                    Set.of("Mail"),
                    partner,
                    true,
                    employees,
                    new BigDecimal("300"),
                    founded,
                    LocalDate.of(1995, 1, 1));
        });
    }

    private List<String> names(CustomFieldFilter custom, Sort sort) {
        return clients.list(ClientFilter.live(null).withCustom(custom), PageRequest.of(0, 25, sort)).stream()
                .map(ClientRow::name)
                .toList();
    }

    private List<String> names(CustomFieldFilter custom) {
        return names(custom, Sort.by(ClientSort.NAME));
    }

    @Test
    void each_filterable_type_narrows_the_list_and_its_count() {
        actAs(TestData.ADMIN, "ADMIN");
        assertThat(names(new CustomFieldFilter(segment.getId(), "RETAIL", null)))
                .containsExactly("Alpha Ltd", "Beta Ltd", "Foreign Ltd");
        assertThat(names(new CustomFieldFilter(tier.getId(), "Gold", null)))
                .containsExactly("Alpha Ltd", "Foreign Ltd");
        assertThat(names(new CustomFieldFilter(channels.getId(), "Phone", null)))
                .containsExactly("Beta Ltd");
        assertThat(names(new CustomFieldFilter(partner.getId(), false, null))).containsExactly("Beta Ltd");
        assertThat(names(new CustomFieldFilter(employees.getId(), new BigDecimal("100"), new BigDecimal("300"))))
                .containsExactly("Alpha Ltd", "Foreign Ltd");
        assertThat(names(new CustomFieldFilter(employees.getId(), new BigDecimal("1000"), null)))
                .containsExactly("Gamma Ltd");
        assertThat(names(new CustomFieldFilter(founded.getId(), null, LocalDate.of(1995, 1, 1))))
                .containsExactly("Alpha Ltd", "Foreign Ltd");
        assertThat(clients.count(ClientFilter.live(null).withCustom(new CustomFieldFilter(tier.getId(), "Gold", null))))
                .isEqualTo(2);
    }

    @Test
    void the_list_sorts_by_a_custom_field_both_ways() {
        actAs(TestData.ADMIN, "ADMIN");
        assertThat(names(null, Sort.by(ClientSort.custom(employees.getId()))))
                .containsExactly("Beta Ltd", "Alpha Ltd", "Foreign Ltd", "Gamma Ltd");
        assertThat(names(null, Sort.by(Sort.Direction.DESC, ClientSort.custom(founded.getId())))
                        .subList(0, 3))
                .containsExactly("Beta Ltd", "Foreign Ltd", "Alpha Ltd");
        assertThat(names(
                        new CustomFieldFilter(segment.getId(), "retail", null),
                        Sort.by(ClientSort.custom(segment.getId()))))
                .containsExactly("Beta Ltd", "Foreign Ltd", "Alpha Ltd");
    }

    @Test
    void restricted_staff_filter_and_sort_only_their_clients_and_read_only_their_values() {
        testData.restrictStaff();
        actAs(TestData.STAFF, "STAFF");
        assertThat(names(new CustomFieldFilter(tier.getId(), "Gold", null))).containsExactly("Alpha Ltd");
        assertThat(clients.count(ClientFilter.live(null).withCustom(new CustomFieldFilter(tier.getId(), "Gold", null))))
                .isEqualTo(1);
        assertThat(names(null, Sort.by(Sort.Direction.DESC, ClientSort.custom(employees.getId()))))
                .containsExactly("Gamma Ltd", "Alpha Ltd", "Beta Ltd");

        List<Long> all =
                SystemAuthentication.call(() -> clients.list(ClientFilter.live(null), PageRequest.of(0, 25)).stream()
                        .map(ClientRow::id)
                        .toList());
        Map<Long, Map<Long, Object>> values = fields.valuesOf(all);
        assertThat(values).hasSize(3);
        assertThat(values.values())
                .allSatisfy(v -> assertThat(v.get(employees.getId())).isNotEqualTo(new BigDecimal("300")));
    }

    @Test
    void clients_without_a_value_come_last_in_both_directions() {
        actAs(TestData.ADMIN, "ADMIN");
        assertThat(names(null, Sort.by(ClientSort.custom(founded.getId()))))
                .containsExactly("Alpha Ltd", "Foreign Ltd", "Beta Ltd", "Gamma Ltd");
        assertThat(names(null, Sort.by(Sort.Direction.DESC, ClientSort.custom(founded.getId()))))
                .containsExactly("Beta Ltd", "Foreign Ltd", "Alpha Ltd", "Gamma Ltd");
        assertThat(names(null, Sort.by(Sort.Direction.DESC, ClientSort.custom(tier.getId()))))
                .containsExactly("Beta Ltd", "Foreign Ltd", "Alpha Ltd", "Gamma Ltd");
    }

    @Test
    void custom_sorted_pages_follow_one_another_without_gaps_or_repeats() {
        actAs(TestData.ADMIN, "ADMIN");
        SystemAuthentication.run(() -> {
            for (int i = 0; i < 7; i++) {
                client("Extra " + i, testData.accountId(TestData.ADMIN), tier, i % 2 == 0 ? "Gold" : "Silver");
            }
            client("Extra none", testData.accountId(TestData.ADMIN));
        });
        for (Sort sort : List.of(
                Sort.by(ClientSort.custom(tier.getId())),
                Sort.by(Sort.Direction.DESC, ClientSort.custom(tier.getId())))) {
            List<String> whole = names(null, sort);
            assertThat(whole).hasSize(12);
            List<String> paged = new java.util.ArrayList<>();
            for (int page = 0; page < 6; page++) {
                clients.list(ClientFilter.live(null), PageRequest.of(page, 2, sort)).stream()
                        .map(ClientRow::name)
                        .forEach(paged::add);
            }
            assertThat(paged).containsExactlyElementsOf(whole);
            // The clients without a tier last, by name.
            assertThat(whole.subList(10, 12)).containsExactly("Extra none", "Gamma Ltd");
        }
    }

    @Test
    void the_database_sort_gives_the_walks_order() {
        actAs(TestData.ADMIN, "ADMIN");
        SystemAuthentication.run(() -> {
            for (int i = 0; i < 5; i++) {
                client("More " + i, testData.accountId(TestData.STAFF), tier, i % 2 == 0 ? "Gold" : "Silver");
            }
        });
        List<Sort> sorts = List.of(
                Sort.by(ClientSort.custom(tier.getId())),
                Sort.by(Sort.Direction.DESC, ClientSort.custom(tier.getId())),
                Sort.by(ClientSort.custom(founded.getId())),
                Sort.by(Sort.Direction.DESC, ClientSort.custom(employees.getId())));
        List<CustomFieldFilter> filters =
                java.util.Arrays.asList(null, new CustomFieldFilter(segment.getId(), "retail", null));
        Map<String, List<String>> walked = new HashMap<>();
        for (Sort sort : sorts) {
            for (CustomFieldFilter filter : filters) {
                walked.put(sort + " " + filter, names(filter, sort));
            }
        }
        try {
            queries.useSortWalk(0);
            for (Sort sort : sorts) {
                for (CustomFieldFilter filter : filters) {
                    assertThat(names(filter, sort)).as(sort + " " + filter).isEqualTo(walked.get(sort + " " + filter));
                }
            }
        } finally {
            queries.useSortWalk(ClientQueries.CUSTOM_SORT_WALK);
        }
    }

    @Test
    void a_custom_filter_is_counted_up_to_the_limit() {
        actAs(TestData.ADMIN, "ADMIN");
        ClientFilter gold = ClientFilter.live(null).withCustom(new CustomFieldFilter(tier.getId(), "Gold", null));
        assertThat(clients.countUpTo(gold, 10)).isEqualTo(2);
        assertThat(clients.countUpTo(gold, 1)).isEqualTo(2);
        ClientFilter retail =
                ClientFilter.live(null).withCustom(new CustomFieldFilter(segment.getId(), "retail", null));
        assertThat(clients.countUpTo(retail, 1)).isEqualTo(2);
        assertThat(clients.countUpTo(retail, 10)).isEqualTo(3);

        testData.restrictStaff();
        actAs(TestData.STAFF, "STAFF");
        assertThat(clients.countUpTo(gold, 10)).isEqualTo(1);
        assertThat(clients.countUpTo(retail, 10)).isEqualTo(2);
        assertThat(clients.countUpTo(retail, 1)).isEqualTo(2);
    }

    /**
     * Issue 18: the restricted staff member's bounded count — read from the condition's range when the value is common
     * (CustomFieldCommonValuesTest), each client checked for owner and trash state — is the exact count up to every
     * limit: their own clients, one assigned to them, others' and trashed ones with the same values, with and without
     * a group.
     */
    @Test
    void a_restricted_staff_members_bounded_count_is_the_exact_count_up_to_the_limit() {
        long staff = testData.accountId(TestData.STAFF);
        long other = testData.accountId(TestData.ADMIN);
        ClientGroup retail = testData.group("Retail");
        SystemAuthentication.run(() -> {
            for (int i = 0; i < 6; i++) {
                client(
                        "Own Gold " + i,
                        staff,
                        tier,
                        i % 3 == 2 ? "Silver" : "Gold",
                        founded,
                        LocalDate.of(1991, 1, i + 1));
                client("Their Gold " + i, other, tier, "Gold", founded, LocalDate.of(1991, 2, i + 1));
            }
        });
        testData.trash(testData.reload(clientNamed("Own Gold 0")));
        Client grouped = testData.reload(clientNamed("Own Gold 1"));
        grouped.setGroups(Set.of(retail));
        testData.save(grouped);
        Client assigned = testData.reload(clientNamed("Their Gold 0"));
        assigned.setAssignedStaffIds(Set.of(staff));
        testData.save(assigned);
        testData.restrictStaff();
        actAs(TestData.STAFF, "STAFF");
        CustomFieldFilter gold = new CustomFieldFilter(tier.getId(), "Gold", null);
        CustomFieldFilter nineties =
                new CustomFieldFilter(founded.getId(), LocalDate.of(1990, 6, 1), LocalDate.of(1999, 1, 1));
        for (ClientFilter filter : List.of(
                ClientFilter.live(null).withCustom(gold),
                ClientFilter.live(null).withCustom(nineties),
                ClientFilter.trash(null).withCustom(gold),
                ClientFilter.live(null).withCustom(gold).withGroups(Set.of(retail.getId())))) {
            long exact = clients.count(filter);
            for (long limit = 0; limit <= exact + 1; limit++) {
                assertThat(clients.countUpTo(filter, limit))
                        .as("%s up to %d (exact %d)", filter, limit, exact)
                        .isEqualTo(Math.min(exact, limit + 1));
            }
        }
        // Alpha, Own Gold 1, 3, 4 and the assigned Their Gold 0; Own Gold 0 is in the Trash.
        assertThat(clients.count(ClientFilter.live(null).withCustom(gold))).isEqualTo(5);
    }

    private Client clientNamed(String name) {
        return SystemAuthentication.call(() -> clients.list(ClientFilter.live(name), PageRequest.of(0, 1)).stream()
                .findFirst()
                .map(row -> clients.get(row.id()))
                .orElseThrow());
    }

    @Test
    void restricted_staff_filter_with_search_and_page_deep() {
        testData.restrictStaff();
        actAs(TestData.STAFF, "STAFF");
        ClientFilter retail =
                ClientFilter.live("ltd").withCustom(new CustomFieldFilter(segment.getId(), "retail", null));
        assertThat(clients.list(retail, PageRequest.of(0, 25, Sort.by(ClientSort.NAME))).stream()
                        .map(ClientRow::name))
                .containsExactly("Alpha Ltd", "Beta Ltd");
        assertThat(clients.list(retail, PageRequest.of(1, 1, Sort.by(ClientSort.NAME))).stream()
                        .map(ClientRow::name))
                .containsExactly("Beta Ltd");
        assertThat(clients.count(retail)).isEqualTo(2);
        ClientFilter beta = ClientFilter.live("be").withCustom(new CustomFieldFilter(segment.getId(), "retail", null));
        assertThat(clients.list(beta, PageRequest.of(0, 25)).stream().map(ClientRow::name))
                .containsExactly("Beta Ltd");
    }
}
