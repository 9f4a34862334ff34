package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every client save records which fields changed, from what to what, by whom and when; nothing when nothing did. */
class ClientHistoryTest extends SpringTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientHistoryService history;

    @Autowired
    JdbcTemplate jdbc;

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Acme GmbH", "acme@example.com");
    }

    private List<ClientChange> changes() {
        return history.page(client.getId(), PageRequest.of(0, 100));
    }

    private Map<String, ClientChange> changesByField() {
        return changes().stream().collect(Collectors.toMap(ClientChange::field, c -> c));
    }

    @Test
    void creating_a_client_records_no_history() {
        actAsAccount(TestData.STAFF);
        assertThat(changes()).isEmpty();
        assertThat(history.count(client.getId())).isZero();
    }

    @Test
    void a_save_records_each_changed_field_with_old_and_new_value_user_and_time() {
        ClientGroup vip = testData.group("VIP");
        actAsAccount(TestData.STAFF);
        Client edited = clients.get(client.getId());
        edited.setName("Acme AG");
        edited.setEmail("billing@acme.example");
        edited.setCurrency("CHF");
        edited.setGroups(Set.of(vip));
        edited.getBillingAddress().setCity("Zürich");
        edited.setActive(false);
        edited.setAssignedStaffIds(Set.of(testData.accountId(TestData.STAFF)));
        Instant before = Instant.now();

        clients.save(edited);

        Map<String, ClientChange> byField = changesByField();
        assertThat(byField.keySet())
                .containsExactlyInAnyOrder(
                        "name", "email", "currency", "groups", "billingAddress.city", "active", "assignedStaffIds");
        assertThat(byField.get("name")).satisfies(c -> {
            assertThat(c.oldValue()).isEqualTo("Acme GmbH");
            assertThat(c.newValue()).isEqualTo("Acme AG");
            assertThat(c.changedBy()).isEqualTo("Sam Staff");
            assertThat(c.changedAt())
                    .isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        });
        assertThat(byField.get("email"))
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactly("acme@example.com", "billing@acme.example");
        assertThat(byField.get("currency"))
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactly("EUR", "CHF");
        assertThat(byField.get("groups"))
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactly(null, "VIP");
        assertThat(byField.get("billingAddress.city").newValue()).isEqualTo("Zürich");
        assertThat(byField.get("active"))
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactly("true", "false");
        // Account ids are shown as the people's names.
        assertThat(byField.get("assignedStaffIds").newValue()).isEqualTo("Sam Staff");
    }

    @Test
    void saving_without_a_change_records_nothing_and_a_blank_field_equals_an_empty_one() {
        actAsAccount(TestData.STAFF);
        Client same = clients.get(client.getId());
        same.setWebsite("");
        same.setTaxId("   ");

        clients.save(same);

        assertThat(changes()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from client_history", Long.class))
                .isZero();
    }

    @Test
    void related_records_are_shown_by_name_and_a_removal_shows_what_was_there() {
        ClientGroup vip = testData.group("VIP");
        ClientGroup press = testData.group("Press");
        actAsAccount(TestData.STAFF);
        Client edited = clients.get(client.getId());
        edited.setGroups(Set.of(vip, press));
        edited.setOwnerId(testData.accountId(TestData.ADMIN));
        edited.setLeadSourceId(testData.leadSource("Referral").getId());
        clients.save(edited);
        Client again = clients.get(client.getId());
        again.setGroups(Set.of(press));
        again.setPaymentTermId(null);

        clients.save(again);

        List<ClientChange> all = changes();
        assertThat(all.getFirst().field()).isIn("groups", "paymentTermId");
        assertThat(all)
                .filteredOn(c -> c.field().equals("groups"))
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactly(Tuple.tuple("Press, VIP", "Press"), Tuple.tuple(null, "Press, VIP"));
        assertThat(all)
                .filteredOn(c -> c.field().equals("paymentTermId"))
                .singleElement()
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactly("Net 30", null);
        assertThat(all)
                .filteredOn(c -> c.field().equals("leadSourceId"))
                .singleElement()
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactly(null, "Referral");
        assertThat(all)
                .filteredOn(c -> c.field().equals("ownerId"))
                .singleElement()
                .extracting(ClientChange::newValue)
                .isEqualTo("Ada Admin");
    }

    @Test
    void changes_made_by_the_system_are_recorded_without_a_user() {
        Client edited = testData.reload(client);
        edited.setPhone("+41 44 123 45 67");
        testData.save(edited);

        actAsAccount(TestData.STAFF);
        assertThat(changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("phone");
            assertThat(c.changedBy()).isNull();
        });
    }

    @Test
    void moving_a_client_to_the_trash_and_back_is_recorded_with_who_did_it() {
        actAsAccount(TestData.STAFF);
        clients.trash(List.of(client.getId()));
        clients.restore(List.of(client.getId()));

        List<ClientChange> recorded = changes();
        assertThat(recorded).extracting(ClientChange::field).containsOnly("trashed");
        assertThat(recorded)
                .extracting(ClientChange::oldValue, ClientChange::newValue)
                .containsExactlyInAnyOrder(Tuple.tuple("false", "true"), Tuple.tuple("true", "false"));
        assertThat(recorded).allSatisfy(c -> assertThat(c.changedBy()).isNotNull());
    }

    @Test
    void client_center_permissions_are_part_of_the_history() {
        actAsAccount(TestData.ADMIN);
        clients.savePortalSections(client.getId(), new PortalSections(false, true, true, true, true, false));

        assertThat(changes())
                .singleElement()
                .extracting(ClientChange::field, ClientChange::oldValue, ClientChange::newValue)
                .containsExactly("portalInvoices", "true", "false");
    }

    @Test
    void the_history_is_newest_first_paged_and_only_for_those_who_see_the_client() {
        actAsAccount(TestData.STAFF);
        for (String name : List.of("One", "Two", "Three")) {
            Client edited = clients.get(client.getId());
            edited.setName(name);
            clients.save(edited);
        }

        assertThat(history.page(client.getId(), PageRequest.of(0, 2)))
                .extracting(ClientChange::newValue)
                .containsExactly("Three", "Two");
        assertThat(history.page(client.getId(), PageRequest.of(1, 2)))
                .extracting(ClientChange::newValue)
                .containsExactly("One");
        assertThat(history.count(client.getId())).isEqualTo(3);
        testData.restrictStaff();
        assertThatThrownBy(this::changes).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> history.count(client.getId())).isInstanceOf(ClientNotFoundException.class);
    }
}
