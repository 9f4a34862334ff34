package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Custom fields (issue 22): definitions kept by administrators, typed values checked and stored with the client. */
class CustomFieldsTest extends SpringTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    CustomFields fields;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    /** Creates a client as restricted staff with these custom values and reads them back. */
    private Map<Long, Object> roundTrip(CustomField field, Object value) {
        actAs(TestData.STAFF, "STAFF");
        Client client = clients.newClient(ClientType.COMPANY);
        client.setName("Values Ltd " + field.getType());
        client.setCustomValues(Map.of(field.getId(), value));
        Client saved = clients.save(client);
        return fields.clientValues(saved.getId());
    }

    private RuleViolationException refused(CustomField field, Object value) {
        actAs(TestData.STAFF, "STAFF");
        Client client = clients.newClient(ClientType.COMPANY);
        client.setName("Refused Ltd");
        client.setCustomValues(Map.of(field.getId(), value));
        try {
            clients.save(client);
        } catch (RuleViolationException e) {
            assertThat(jdbc.queryForObject("select count(*) from clients where name = 'Refused Ltd'", Long.class))
                    .isZero();
            return e;
        }
        throw new AssertionError("accepted " + value);
    }

    @Test
    void every_type_stores_its_value_and_reads_it_back_as_its_java_type() {
        CustomField text = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        CustomField longText = fieldFixture.clientField(CustomFieldType.LONG_TEXT, "History");
        CustomField number = fieldFixture.clientField(CustomFieldType.NUMBER, "Employees");
        CustomField decimal = fieldFixture.clientField(CustomFieldType.DECIMAL, "Rating");
        CustomField date = fieldFixture.clientField(CustomFieldType.DATE, "Founded");
        CustomField yesNo = fieldFixture.clientField(CustomFieldType.YES_NO, "Partner");
        CustomField single = fieldFixture.clientField(CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");
        CustomField multiple =
                fieldFixture.clientField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone", "Fax");
        CustomField url = fieldFixture.clientField(CustomFieldType.URL, "Shop");
        CustomField email = fieldFixture.clientField(CustomFieldType.EMAIL, "Billing mail");

        assertThat(roundTrip(text, "  Retail  ")).containsEntry(text.getId(), "Retail");
        assertThat(roundTrip(longText, "Line one\nLine two")).containsEntry(longText.getId(), "Line one\nLine two");
        assertThat(roundTrip(number, new BigDecimal("250.00"))).containsEntry(number.getId(), new BigDecimal("250"));
        assertThat(roundTrip(decimal, new BigDecimal("4.125"))).containsEntry(decimal.getId(), new BigDecimal("4.125"));
        assertThat(roundTrip(date, LocalDate.of(1999, 3, 1))).containsEntry(date.getId(), LocalDate.of(1999, 3, 1));
        assertThat(roundTrip(yesNo, false)).containsEntry(yesNo.getId(), false);
        assertThat(roundTrip(single, "Silver")).containsEntry(single.getId(), "Silver");
        assertThat(roundTrip(multiple, new LinkedHashSet<>(List.of("Fax", "Mail")))
                        .get(multiple.getId()))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class))
                .containsExactly("Mail", "Fax");
        assertThat(roundTrip(url, "https://shop.example.com/x"))
                .containsEntry(url.getId(), "https://shop.example.com/x");
        assertThat(roundTrip(email, "billing@example.com")).containsEntry(email.getId(), "billing@example.com");
    }

    @Test
    void a_value_its_field_does_not_accept_is_refused_naming_the_field_and_nothing_is_saved() {
        CustomField number = fieldFixture.clientField(CustomFieldType.NUMBER, "Employees");
        CustomField decimal = fieldFixture.clientField(CustomFieldType.DECIMAL, "Rating");
        CustomField single = fieldFixture.clientField(CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");
        CustomField multiple = fieldFixture.clientField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
        CustomField url = fieldFixture.clientField(CustomFieldType.URL, "Shop");
        CustomField email = fieldFixture.clientField(CustomFieldType.EMAIL, "Billing mail");
        CustomField text = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        CustomField date = fieldFixture.clientField(CustomFieldType.DATE, "Founded");

        assertRefused(refused(number, new BigDecimal("2.5")), "customfield.invalid.NUMBER", "Employees");
        assertRefused(refused(decimal, new BigDecimal("1.23456")), "customfield.invalid.DECIMAL", "Rating");
        assertRefused(refused(decimal, new BigDecimal("1E15")), "customfield.invalid.DECIMAL", "Rating");
        assertRefused(refused(single, "Bronze"), "customfield.invalid.choice", "Tier", "Bronze");
        assertRefused(refused(multiple, Set.of("Telex")), "customfield.invalid.choice", "Channels", "Telex");
        assertRefused(refused(url, "not a url"), "customfield.invalid.URL", "Shop");
        assertRefused(refused(email, "nobody.example.com"), "customfield.invalid.EMAIL", "Billing mail");
        assertRefused(refused(text, "x".repeat(256)), "customfield.too-long", "Segment", 255);
        assertRefused(refused(date, "yesterday"), "customfield.invalid.DATE", "Founded");
    }

    private static void assertRefused(RuleViolationException e, String key, Object... arguments) {
        assertThat(e.getMessageKey()).isEqualTo(key);
        assertThat(e.getArguments()).containsExactly(arguments);
    }

    @Test
    void text_from_a_file_or_filter_is_read_in_the_users_locale() {
        Locale de = Locale.GERMAN;
        assertThat(CustomFieldType.DECIMAL.parse("1.234,5", de, "Rating", "Ja", "Nein"))
                .isEqualTo(new BigDecimal("1234.5"));
        assertThat(CustomFieldType.DECIMAL.parse("1,234.5", Locale.ENGLISH, "Rating", "Yes", "No"))
                .isEqualTo(new BigDecimal("1234.5"));
        assertThat(CustomFieldType.DATE.parse("01.03.1999", de, "Founded", "Ja", "Nein"))
                .isEqualTo(LocalDate.of(1999, 3, 1));
        assertThat(CustomFieldType.DATE.parse("1999-03-01", de, "Founded", "Ja", "Nein"))
                .isEqualTo(LocalDate.of(1999, 3, 1));
        assertThat(CustomFieldType.YES_NO.parse("ja", de, "Partner", "Ja", "Nein"))
                .isEqualTo(true);
        assertThat(CustomFieldType.MULTIPLE_CHOICE.parse("Mail; Fax", de, "Channels", "Ja", "Nein"))
                .isEqualTo(new LinkedHashSet<>(List.of("Mail", "Fax")));
        assertThat(CustomFieldType.TEXT.parse("   ", de, "Segment", "Ja", "Nein"))
                .isNull();
        assertThatThrownBy(() -> CustomFieldType.NUMBER.parse("zwölf", de, "Employees", "Ja", "Nein"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertRefused(e, "customfield.invalid.NUMBER", "Employees"));
        assertThatThrownBy(() -> CustomFieldType.YES_NO.parse("vielleicht", de, "Partner", "Ja", "Nein"))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertRefused(e, "customfield.invalid.YES_NO", "Partner"));
    }

    @Test
    void a_mandatory_custom_field_refuses_a_new_client_without_it_on_every_create_path() {
        CustomField tier = fieldFixture.mandatory(
                fieldFixture.clientField(CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver"));
        actAs(TestData.STAFF, "STAFF");
        Client bare = clients.newClient(ClientType.COMPANY);
        bare.setName("No Tier Ltd");
        // create: the full form and the quick insert; the opportunity conversion goes through it too.
        assertThatThrownBy(() -> clients.create(bare, true))
                .isInstanceOfSatisfying(CustomFieldMissingException.class, e -> {
                    assertThat(e.getFieldId()).isEqualTo(tier.getId());
                    assertRefused(e, "customfield.required", "Tier");
                });
        // createAll: the import.
        Client imported = clients.newClient(ClientType.COMPANY);
        imported.setName("Imported Ltd");
        assertThatThrownBy(() -> clients.createAll(List.of(imported))).isInstanceOf(CustomFieldMissingException.class);
        assertThat(jdbc.queryForObject("select count(*) from clients", Long.class))
                .isZero();

        Map<Long, Object> values = new HashMap<>();
        values.put(tier.getId(), "Gold");
        imported.setCustomValues(values);
        Client saved = clients.createAll(List.of(imported)).getFirst();
        assertThat(fields.clientValues(saved.getId())).containsEntry(tier.getId(), "Gold");
    }

    @Test
    void an_existing_client_saved_without_its_custom_values_loaded_keeps_them() {
        CustomField segment = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        roundTrip(segment, "Retail");
        Client stored = clients.get(jdbc.queryForObject("select id from clients", Long.class));
        stored.setName("Renamed Ltd");
        clients.save(stored);
        assertThat(fields.clientValues(stored.getId())).containsEntry(segment.getId(), "Retail");

        Client cleared = clients.get(stored.getId());
        Map<Long, Object> none = new HashMap<>();
        cleared.setCustomValues(none);
        clients.save(cleared);
        assertThat(fields.clientValues(stored.getId())).isEmpty();
    }

    @Test
    void values_of_a_client_the_caller_may_not_see_read_as_not_found() {
        CustomField segment = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        Client foreign = testData.company("Foreign Ltd", "f@example.com");
        testData.restrictStaff();
        actAs(TestData.STAFF, "STAFF");
        assertThatThrownBy(() -> fields.clientValues(foreign.getId())).isInstanceOf(ClientNotFoundException.class);
        assertThat(segment.getId()).isNotNull();
    }

    @Test
    void only_administrators_define_fields_and_a_choice_field_needs_distinct_options() {
        actAs(TestData.STAFF, "STAFF");
        CustomField field = new CustomField(CustomFieldOwner.CLIENT, CustomFieldType.SINGLE_CHOICE);
        field.setLabel("en", "Tier");
        assertThatThrownBy(() -> fields.save(field)).isInstanceOf(AccessDeniedException.class);

        actAs(TestData.ADMIN, "ADMIN");
        assertThatThrownBy(() -> fields.save(field))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertRefused(e, "customfield.options.missing"));
        field.setOptions(List.of("Gold", " ", "Gold "));
        assertThatThrownBy(() -> fields.save(field))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertRefused(e, "customfield.options.duplicate", "Gold"));
        CustomField unlabelled = new CustomField(CustomFieldOwner.CLIENT, CustomFieldType.TEXT);
        unlabelled.setLabel("de", "Segment");
        assertThatThrownBy(() -> fields.save(unlabelled))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertRefused(e, "customfield.label.missing", "en"));
        field.setOptions(List.of("Gold", "", "Silver"));
        assertThat(fields.save(field).getOptions()).containsExactly("Gold", "Silver");
    }

    @Test
    void a_label_falls_back_to_the_default_language() {
        CustomField field = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        SystemAuthentication.run(() -> {
            field.setLabel("de", "Segment (Branche)");
            fields.save(field);
        });
        actAs(TestData.STAFF, "STAFF");
        CustomField stored = fields.fields(CustomFieldOwner.CLIENT).getFirst();
        assertThat(fields.label(stored, Locale.GERMAN)).isEqualTo("Segment (Branche)");
        assertThat(fields.label(stored, Locale.FRENCH)).isEqualTo("Segment");
    }

    @Test
    void a_stale_definition_is_refused() {
        CustomField field = fieldFixture.clientField(CustomFieldType.TEXT, "Segment");
        actAs(TestData.ADMIN, "ADMIN");
        CustomField first = fields.fields(CustomFieldOwner.CLIENT).getFirst();
        CustomField second = fields.fields(CustomFieldOwner.CLIENT).getFirst();
        first.setMandatory(true);
        fields.save(first);
        second.setLabel("en", "Sector");
        assertThatThrownBy(() -> fields.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(fields.fields(CustomFieldOwner.CLIENT).getFirst().getLabel("en"))
                .isEqualTo(field.getLabel("en"));
    }

    @Test
    void the_type_of_a_field_with_values_cannot_change_and_deleting_it_counts_and_removes_them() {
        CustomField field = fieldFixture.clientField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
        CustomField empty = fieldFixture.clientField(CustomFieldType.TEXT, "Unused");
        roundTrip(field, Set.of("Mail", "Phone"));
        actAs(TestData.ADMIN, "ADMIN");
        assertThat(fields.valueCount(field.getId())).isEqualTo(1);
        assertThat(fields.valueCount(empty.getId())).isZero();

        CustomField changed = fields.fields(CustomFieldOwner.CLIENT).getFirst();
        changed.setType(CustomFieldType.TEXT);
        assertThatThrownBy(() -> fields.save(changed))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertRefused(e, "customfield.type-locked", 1L));
        CustomField unused = fields.fields(CustomFieldOwner.CLIENT).get(1);
        unused.setType(CustomFieldType.NUMBER);
        assertThat(fields.save(unused).getType()).isEqualTo(CustomFieldType.NUMBER);

        fields.delete(field.getId());
        assertThat(jdbc.queryForObject("select count(*) from client_field_choices", Long.class))
                .isZero();
        assertThat(fields.fields(CustomFieldOwner.CLIENT))
                .extracting(CustomField::getId)
                .containsExactly(empty.getId());
    }

    @Test
    void fields_keep_the_order_the_administrator_gives_them() {
        CustomField a = fieldFixture.clientField(CustomFieldType.TEXT, "A");
        CustomField b = fieldFixture.clientField(CustomFieldType.TEXT, "B");
        CustomField c = fieldFixture.clientField(CustomFieldType.TEXT, "C");
        actAs(TestData.ADMIN, "ADMIN");
        fields.move(c.getId(), true);
        fields.move(a.getId(), false);
        fields.move(a.getId(), false);
        assertThat(fields.fields(CustomFieldOwner.CLIENT))
                .extracting(f -> f.getLabel("en"))
                .containsExactly("C", "B", "A");
        assertThat(b.getId()).isNotNull();
    }
}
