package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import io.clientele.project.BillingMethod;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.FailingMergeStep;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

class ClientMergeServiceTest extends SpringTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    ClientMergeService merges;

    @Autowired
    ClientHistoryService historyService;

    @Autowired
    TestDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    FailingMergeStep failingStep;

    @Autowired
    CustomFields customFields;

    Client survivor;
    Client merged;

    @BeforeEach
    void twoDuplicates() {
        survivor = testData.company("Acme GmbH", "office@acme.example");
        merged = testData.company("ACME", "info@acme.example");
    }

    @AfterEach
    void disarm() {
        failingStep.disarm();
    }

    private Map<String, Long> merge(String... fromMerged) {
        actAs("STAFF");
        return merges.merge(merged.getId(), survivor.getId(), Set.of(fromMerged));
    }

    private long count(String table, Client client) {
        return jdbc.queryForObject(
                "select count(*) from " + table + " where client_id = ?", Long.class, client.getId());
    }

    @Test
    void contacts_move_and_the_survivor_keeps_its_primary() {
        testData.contact(survivor, "Sara", "Survivor");
        testData.contact(merged, "Mark", "Merged");
        testData.contact(merged, "Mia", "Merged");

        Map<String, Long> moved = merge();

        assertThat(moved).containsEntry("client.delete.with.contacts", 2L);
        assertThat(count("contacts", survivor)).isEqualTo(3);
        assertThat(count("contacts", merged)).isZero();
        assertThat(jdbc.queryForList(
                        "select name from contacts where primary_client_id = ?", String.class, survivor.getId()))
                .containsExactly("Sara Survivor");
    }

    @Test
    void the_merged_primary_contact_becomes_the_survivors_when_it_had_none() {
        testData.contact(merged, "Mark", "Merged");

        merge();

        assertThat(jdbc.queryForList(
                        "select name from contacts where primary_client_id = ?", String.class, survivor.getId()))
                .containsExactly("Mark Merged");
    }

    @Test
    void invoices_quotes_and_payments_move_with_the_balance() {
        documents.sentInvoice(merged, "Work|1|100|0");
        documents.quote(merged, "Offer|1|50|0");
        documents.sentInvoice(survivor, "Other work|1|30|0");

        Map<String, Long> moved = merge();

        assertThat(moved)
                .containsEntry("client.delete.with.invoices", 1L)
                .containsEntry("client.delete.with.quotes", 1L);
        assertThat(count("billing_documents", survivor)).isEqualTo(3);
        assertThat(count("billing_documents", merged)).isZero();
        assertThat(jdbc.queryForObject(
                        "select amount_owed from clients where id = ?", BigDecimal.class, survivor.getId()))
                .isEqualByComparingTo("130");
        assertThat(jdbc.queryForObject(
                        "select amount_owed from clients where id = ?", BigDecimal.class, merged.getId()))
                .isEqualByComparingTo("0");
    }

    @Test
    void payments_move() {
        insertPayment(merged);

        Map<String, Long> moved = merge();

        assertThat(moved).containsEntry("client.delete.with.payments", 1L);
        assertThat(count("payments", survivor)).isEqualTo(1);
        assertThat(count("payments", merged)).isZero();
    }

    @Test
    void projects_move_with_their_time_entries() {
        testData.project(merged, "Website", BillingMethod.HOURLY, "80");

        Map<String, Long> moved = merge();

        assertThat(moved).containsEntry("client.delete.with.projects", 1L);
        assertThat(count("projects", survivor)).isEqualTo(1);
        assertThat(count("projects", merged)).isZero();
    }

    @Test
    void notes_attachments_and_reminders_move() {
        insertNote(merged);
        insertAttachment(merged);
        insertReminder(merged);

        Map<String, Long> moved = merge();

        assertThat(moved)
                .containsEntry("client.delete.with.notes", 1L)
                .containsEntry("client.delete.with.documents", 1L)
                .containsEntry("client.delete.with.reminders", 1L);
        for (String table : List.of("client_notes", "client_attachments", "reminders")) {
            assertThat(count(table, survivor)).as(table).isEqualTo(1);
            assertThat(count(table, merged)).as(table).isZero();
        }
    }

    @Test
    void won_opportunities_and_client_center_logins_move() {
        testData.opportunity("ACME", "Ann", "Lead", "ann@acme.example", TestData_ADMIN);
        jdbc.update("update opportunities set client_id = ?", merged.getId());
        testData.clientAccount("acme-login", merged);

        Map<String, Long> moved = merge();

        assertThat(moved)
                .containsEntry("client.merge.moved.opportunities", 1L)
                .containsEntry("client.delete.with.portal-logins", 1L);
        assertThat(count("opportunities", survivor)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select client_id from user_accounts where username = 'acme-login'", Long.class))
                .isEqualTo(survivor.getId());
    }

    @Test
    void custom_values_the_survivor_lacks_come_over_and_its_own_win_with_a_history_line_each() {
        CustomField segment = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        CustomField since = fieldFixture.clientField(CustomFieldType.DATE, "Partner since");
        CustomField tier = fieldFixture.clientField(CustomFieldType.MULTIPLE_CHOICE, "Tier", "Gold", "Silver");
        CustomField volume = fieldFixture.clientField(CustomFieldType.DECIMAL, "Volume");
        Client s = testData.reload(survivor);
        s.setCustomValues(Map.of(segment.getId(), "Retail"));
        testData.save(s);
        Client m = testData.reload(merged);
        m.setCustomValues(Map.of(
                segment.getId(),
                "Wholesale",
                since.getId(),
                LocalDate.of(2020, 1, 2),
                tier.getId(),
                Set.of("Silver", "Gold"),
                volume.getId(),
                new BigDecimal("12.50")));
        testData.save(m);

        merge();

        Map<Long, Object> values = SystemAuthentication.call(() -> customFields.clientValues(survivor.getId()));
        assertThat(values)
                .containsEntry(segment.getId(), "Retail")
                .containsEntry(since.getId(), LocalDate.of(2020, 1, 2))
                .containsEntry(tier.getId(), new java.util.LinkedHashSet<>(List.of("Gold", "Silver")))
                .containsEntry(volume.getId(), new BigDecimal("12.5"));
        assertThat(jdbc.queryForList(
                        "select field, new_value from client_history where client_id = ? and field in"
                                + " ('Segment', 'Partner since', 'Tier', 'Volume') order by field",
                        survivor.getId()))
                .extracting(r -> r.get("FIELD") == null ? r.get("field") : r.get("FIELD"))
                .containsExactly("Partner since", "Tier", "Volume");
        assertThat(jdbc.queryForObject(
                        "select new_value from client_history where client_id = ? and field = 'Tier'",
                        String.class,
                        survivor.getId()))
                .isEqualTo("Gold, Silver");
    }

    @Test
    void groups_and_assigned_staff_of_both_are_joined() {
        ClientGroup vip = testData.group("VIP");
        ClientGroup trade = testData.group("Trade");
        Client s = testData.reload(survivor);
        s.setGroups(Set.of(vip));
        testData.save(s);
        Client m = testData.reload(merged);
        m.setGroups(Set.of(trade));
        m.setAssignedStaffIds(Set.of(testData.accountId(TestData.STAFF)));
        testData.save(m);

        merge();

        assertThat(jdbc.queryForList(
                        "select g.name from client_group_members m join client_groups g on g.id = m.group_id"
                                + " where m.client_id = ?",
                        String.class,
                        survivor.getId()))
                .containsExactlyInAnyOrder("VIP", "Trade");
        assertThat(jdbc.queryForList(
                        "select user_id from client_staff where client_id = ?", Long.class, survivor.getId()))
                .containsExactly(testData.accountId(TestData.STAFF));
    }

    @Test
    void the_individuals_of_a_merged_company_belong_to_the_survivor() {
        Client member = testData.individual("Ivo Member", "ivo@example.com", "+49 30 111");
        member.setCompany(merged);
        testData.save(member);

        Map<String, Long> moved = merge();

        assertThat(moved).containsEntry("client.merge.moved.members", 1L);
        assertThat(jdbc.queryForObject("select company_id from clients where id = ?", Long.class, member.getId()))
                .isEqualTo(survivor.getId());
    }

    @Test
    void an_individual_cannot_keep_members() {
        Client member = testData.individual("Ivo Member", "ivo@example.com", "+49 30 111");
        member.setCompany(merged);
        testData.save(member);
        Client person = testData.individual("Acme Person", "p@acme.example", "+49 30 222");
        survivor = person;

        assertThatThrownBy(() -> merge())
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.merge.members-need-company"));
        assertThat(jdbc.queryForObject("select company_id from clients where id = ?", Long.class, member.getId()))
                .isEqualTo(merged.getId());
    }

    @Test
    void the_user_picks_per_field_which_value_stays() {
        Client m = testData.reload(merged);
        m.setPhone("+49 30 999");
        m.setWebsite("https://acme.example");
        m.getBillingAddress().setCity("Berlin");
        testData.save(m);

        actAs("STAFF");
        ClientMerge plan = merges.preview(merged.getId(), survivor.getId());
        assertThat(plan.differences())
                .extracting(ClientMerge.Difference::field)
                .contains("name", "email", "phone", "website", "billingAddress")
                .doesNotContain("groups", "assignedStaffIds", "currency");

        merge("email", "billingAddress");

        Client after = testData.reload(survivor);
        assertThat(after.getName()).isEqualTo("Acme GmbH");
        assertThat(after.getEmail()).isEqualTo("info@acme.example");
        assertThat(after.getBillingAddress().getCity()).isEqualTo("Berlin");
        assertThat(after.getPhone()).isNull();
        assertThat(after.getWebsite()).isNull();
    }

    @Test
    void both_histories_record_the_merge_and_the_merged_client_goes_to_the_trash() {
        testData.contact(merged, "Mark", "Merged");

        merge("email");

        actAs("ADMIN");
        List<ClientChange> survivorHistory = historyService.page(survivor.getId(), PageRequest.of(0, 50));
        assertThat(survivorHistory)
                .extracting(ClientChange::field, ClientChange::newValue)
                .contains(
                        Tuple.tuple("mergedFrom", "ACME (#" + merged.getId() + ")"),
                        Tuple.tuple("mergedMoved", "client.delete.with.contacts=1"),
                        Tuple.tuple("email", "info@acme.example"));
        assertThat(survivorHistory)
                .filteredOn(c -> c.field().equals("mergedFrom"))
                .extracting(ClientChange::changedBy)
                .containsExactly("Sam Staff");
        assertThat(jdbc.queryForList(
                        "select new_value from client_history where client_id = ? and field = 'mergedInto'",
                        String.class,
                        merged.getId()))
                .containsExactly("Acme GmbH (#" + survivor.getId() + ")");
        assertThat(jdbc.queryForObject(
                        "select count(*) from clients where id = ? and trashed_at is not null",
                        Long.class,
                        merged.getId()))
                .isEqualTo(1);
    }

    @Test
    void after_a_merge_no_row_anywhere_points_at_the_merged_client() throws Exception {
        testData.contact(merged, "Mark", "Merged");
        documents.sentInvoice(merged, "Work|1|100|0");
        insertPayment(merged);
        testData.project(merged, "Website", BillingMethod.HOURLY, "80");
        insertNote(merged);
        insertAttachment(merged);
        insertReminder(merged);
        testData.clientAccount("acme-login", merged);
        testData.opportunity("ACME", "Ann", "Lead", "ann@acme.example", TestData_ADMIN);
        jdbc.update("update opportunities set client_id = ?", merged.getId());
        Client member = testData.individual("Ivo Member", "ivo@example.com", "+49 30 111");
        member.setCompany(merged);
        testData.save(member);

        merge();

        // Every foreign key to clients the schema has, found by the database itself: a table a feature adds later
        // without a merge step fails here.
        List<String[]> references = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String name : List.of("clients", "CLIENTS")) {
                try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), null, name)) {
                    while (keys.next()) {
                        references.add(new String[] {keys.getString("FKTABLE_NAME"), keys.getString("FKCOLUMN_NAME")});
                    }
                }
                if (!references.isEmpty()) {
                    break;
                }
            }
        }
        assertThat(references).hasSizeGreaterThan(8);
        for (String[] ref : references) {
            String table = ref[0].toLowerCase(Locale.ROOT);
            String column = ref[1].toLowerCase(Locale.ROOT);
            // The merged client's own history and search terms stay with it in the Trash.
            if (table.equals("client_history") || table.equals("client_search_terms")) {
                continue;
            }
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where " + column + " = ?", Long.class, merged.getId()))
                    .as(table + "." + column)
                    .isZero();
        }
    }

    @Test
    void clients_with_documents_in_different_currencies_are_not_merged() {
        Client m = testData.reload(merged);
        m.setCurrency("USD");
        testData.save(m);
        documents.invoice(merged, "Work|1|100|0");
        documents.invoice(survivor, "Work|1|100|0");

        actAs("STAFF");
        assertThat(merges.preview(merged.getId(), survivor.getId()).currencyConflict())
                .isTrue();
        assertThatThrownBy(() -> merge())
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.merge.currency-conflict"));
        assertThat(count("billing_documents", merged)).isEqualTo(1);
    }

    @Test
    void the_currency_of_the_only_client_with_documents_must_stay() {
        Client m = testData.reload(merged);
        m.setCurrency("USD");
        testData.save(m);
        documents.invoice(merged, "Work|1|100|0");

        actAs("STAFF");
        assertThat(merges.preview(merged.getId(), survivor.getId()).requiredCurrency())
                .isEqualTo("USD");
        assertThatThrownBy(() -> merge())
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.merge.currency-locked"));

        merge("currency");

        assertThat(jdbc.queryForObject("select currency from clients where id = ?", String.class, survivor.getId()))
                .isEqualTo("USD");
        assertThat(count("billing_documents", survivor)).isEqualTo(1);
    }

    @Test
    void restricted_staff_merge_only_clients_they_can_see() {
        long staffId = testData.accountId(TestData.STAFF);
        jdbc.update("update clients set owner_id = ? where id = ?", staffId, survivor.getId());
        jdbc.update("update clients set owner_id = null where id = ?", merged.getId());
        testData.contact(merged, "Mark", "Merged");
        testData.restrictStaff();

        assertThatThrownBy(() -> merge()).isInstanceOf(ClientNotFoundException.class);
        assertThat(count("contacts", merged)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from clients where id = ? and trashed_at is null", Long.class, merged.getId()))
                .isEqualTo(1);
    }

    @Test
    void a_failing_step_half_way_leaves_both_clients_exactly_as_they_were() {
        testData.contact(merged, "Mark", "Merged");
        documents.invoice(merged, "Work|1|100|0");
        insertNote(merged);
        long survivorVersion =
                jdbc.queryForObject("select version from clients where id = ?", Long.class, survivor.getId());
        failingStep.arm();

        assertThatThrownBy(() -> merge("email")).hasMessageContaining("injected failure");

        assertThat(count("contacts", merged)).isEqualTo(1);
        assertThat(count("billing_documents", merged)).isEqualTo(1);
        assertThat(count("client_notes", merged)).isEqualTo(1);
        assertThat(count("contacts", survivor)).isZero();
        assertThat(jdbc.queryForObject("select email from clients where id = ?", String.class, survivor.getId()))
                .isEqualTo("office@acme.example");
        assertThat(jdbc.queryForObject("select version from clients where id = ?", Long.class, survivor.getId()))
                .isEqualTo(survivorVersion);
        assertThat(jdbc.queryForObject(
                        "select count(*) from clients where id = ? and trashed_at is null", Long.class, merged.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from client_history where field like 'merged%'", Long.class))
                .isZero();
    }

    @Test
    void a_client_is_not_merged_with_itself() {
        actAs("STAFF");
        assertThatThrownBy(() -> merges.merge(survivor.getId(), survivor.getId(), Set.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.merge.same"));
    }

    private static final String TestData_ADMIN = TestData.ADMIN;

    private void insertPayment(Client client) {
        var invoice = documents.sentInvoice(client, "Paid work|1|10|0");
        Payment p = new Payment();
        p.setReference("P-" + invoice.getNumber());
        p.setAmount(new BigDecimal("10"));
        p.setMethod(PaymentMethod.BANK_TRANSFER);
        p.setDate(LocalDate.of(2026, 11, 2));
        SystemAuthentication.run(() -> payments.record(invoice.getId(), p));
    }

    @Autowired
    PaymentService payments;

    private void insertNote(Client client) {
        jdbc.update(
                "insert into client_notes (version, client_id, author_name, body, created_at)"
                        + " values (0, ?, 'Ada Admin', 'Called about the duplicate', current_timestamp)",
                client.getId());
    }

    private void insertAttachment(Client client) {
        jdbc.update(
                "insert into client_attachments (version, client_id, stored_name, original_name, content_type,"
                        + " size_bytes, uploaded_by_name, uploaded_at)"
                        + " values (0, ?, ?, 'contract.pdf', 'application/pdf', 10, 'Ada Admin', current_timestamp)",
                client.getId(),
                "merge-test-" + client.getId());
    }

    private void insertReminder(Client client) {
        jdbc.update(
                "insert into reminders (version, client_id, assignee_id, due_at, description, by_email, created_at)"
                        + " values (0, ?, ?, current_timestamp, 'Call back', false, current_timestamp)",
                client.getId(),
                testData.accountId(TestData.STAFF));
    }
}
