package io.clientele.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldMissingException;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.client.PersonalData;
import io.clientele.client.PersonalDataService;
import io.clientele.support.CustomFieldFixture;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Custom fields on contacts (issue 22): typed values checked and stored with the contact, scoped by its client. */
class ContactCustomFieldsTest extends SpringTest {

    @Autowired
    CustomFieldFixture fieldFixture;

    @Autowired
    CustomFields fields;

    @Autowired
    ContactService contacts;

    @Autowired
    ContactPersonalData personalData;

    @Autowired
    PersonalDataService personalDataService;

    @Autowired
    JdbcTemplate jdbc;

    private Client acme() {
        return testData.company("Acme GmbH", "info@acme.example");
    }

    private Contact newContact(Client client, String first, Map<Long, Object> values) {
        Contact contact = new Contact(client);
        contact.setFirstName(first);
        contact.setLastName("Becker");
        contact.setCustomValues(values);
        return contact;
    }

    /** Creates a contact as staff through the form's path with this value and reads it back. */
    private Map<Long, Object> roundTrip(Client client, CustomField field, Object value) {
        actAs(TestData.STAFF, "STAFF");
        Contact saved = contacts.save(newContact(client, "Anna " + field.getType(), Map.of(field.getId(), value)));
        return contacts.customValues(client.getId(), saved.getId());
    }

    private RuleViolationException refused(Client client, CustomField field, Object value) {
        actAs(TestData.STAFF, "STAFF");
        try {
            contacts.save(newContact(client, "Refused", Map.of(field.getId(), value)));
        } catch (RuleViolationException e) {
            assertThat(jdbc.queryForObject("select count(*) from contacts where first_name = 'Refused'", Long.class))
                    .isZero();
            return e;
        }
        throw new AssertionError("accepted " + value);
    }

    private static void assertRefused(RuleViolationException e, String key, Object... arguments) {
        assertThat(e.getMessageKey()).isEqualTo(key);
        assertThat(e.getArguments()).containsExactly(arguments);
    }

    @Test
    void every_type_stores_its_value_on_a_contact_and_reads_it_back_as_its_java_type() {
        Client acme = acme();
        CustomField text = fieldFixture.contactField(CustomFieldType.TEXT, "Role");
        CustomField longText = fieldFixture.contactField(CustomFieldType.LONG_TEXT, "History");
        CustomField number = fieldFixture.contactField(CustomFieldType.NUMBER, "Children");
        CustomField decimal = fieldFixture.contactField(CustomFieldType.DECIMAL, "Rating");
        CustomField date = fieldFixture.contactField(CustomFieldType.DATE, "Birthday");
        CustomField yesNo = fieldFixture.contactField(CustomFieldType.YES_NO, "Decision maker");
        CustomField single = fieldFixture.contactField(CustomFieldType.SINGLE_CHOICE, "Language", "German", "English");
        CustomField multiple =
                fieldFixture.contactField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone", "Fax");
        CustomField url = fieldFixture.contactField(CustomFieldType.URL, "Profile");
        CustomField email = fieldFixture.contactField(CustomFieldType.EMAIL, "Private mail");

        assertThat(roundTrip(acme, text, "  Buyer  ")).containsEntry(text.getId(), "Buyer");
        assertThat(roundTrip(acme, longText, "Line one\nLine two"))
                .containsEntry(longText.getId(), "Line one\nLine two");
        assertThat(roundTrip(acme, number, new BigDecimal("3.00"))).containsEntry(number.getId(), new BigDecimal("3"));
        assertThat(roundTrip(acme, decimal, new BigDecimal("4.125")))
                .containsEntry(decimal.getId(), new BigDecimal("4.125"));
        assertThat(roundTrip(acme, date, LocalDate.of(1980, 2, 29)))
                .containsEntry(date.getId(), LocalDate.of(1980, 2, 29));
        assertThat(roundTrip(acme, yesNo, true)).containsEntry(yesNo.getId(), true);
        assertThat(roundTrip(acme, single, "English")).containsEntry(single.getId(), "English");
        assertThat(roundTrip(acme, multiple, new LinkedHashSet<>(List.of("Fax", "Mail")))
                        .get(multiple.getId()))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class))
                .containsExactly("Mail", "Fax");
        assertThat(roundTrip(acme, url, "https://example.com/anna"))
                .containsEntry(url.getId(), "https://example.com/anna");
        assertThat(roundTrip(acme, email, "anna@example.com")).containsEntry(email.getId(), "anna@example.com");
        // Stored in the contact table, not the client one.
        assertThat(jdbc.queryForObject("select count(*) from client_field_values", Long.class))
                .isZero();
    }

    @Test
    void a_value_its_field_does_not_accept_is_refused_naming_the_field_and_no_contact_is_saved() {
        Client acme = acme();
        CustomField number = fieldFixture.contactField(CustomFieldType.NUMBER, "Children");
        CustomField decimal = fieldFixture.contactField(CustomFieldType.DECIMAL, "Rating");
        CustomField date = fieldFixture.contactField(CustomFieldType.DATE, "Birthday");
        CustomField yesNo = fieldFixture.contactField(CustomFieldType.YES_NO, "Decision maker");
        CustomField single = fieldFixture.contactField(CustomFieldType.SINGLE_CHOICE, "Language", "German", "English");
        CustomField multiple = fieldFixture.contactField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
        CustomField url = fieldFixture.contactField(CustomFieldType.URL, "Profile");
        CustomField email = fieldFixture.contactField(CustomFieldType.EMAIL, "Private mail");
        CustomField text = fieldFixture.contactField(CustomFieldType.TEXT, "Role");
        CustomField longText = fieldFixture.contactField(CustomFieldType.LONG_TEXT, "History");

        assertRefused(refused(acme, number, new BigDecimal("2.5")), "customfield.invalid.NUMBER", "Children");
        assertRefused(refused(acme, decimal, new BigDecimal("1.23456")), "customfield.invalid.DECIMAL", "Rating");
        assertRefused(refused(acme, date, "yesterday"), "customfield.invalid.DATE", "Birthday");
        assertRefused(refused(acme, yesNo, "maybe"), "customfield.invalid.YES_NO", "Decision maker");
        assertRefused(refused(acme, single, "French"), "customfield.invalid.choice", "Language", "French");
        assertRefused(
                refused(acme, multiple, new LinkedHashSet<>(List.of("Mail", "Pigeon"))),
                "customfield.invalid.choice",
                "Channels",
                "Pigeon");
        assertRefused(refused(acme, url, "not a web address"), "customfield.invalid.URL", "Profile");
        assertRefused(refused(acme, email, "anna at example"), "customfield.invalid.EMAIL", "Private mail");
        assertRefused(refused(acme, text, "x".repeat(256)), "customfield.too-long", "Role", 255);
        assertRefused(refused(acme, longText, "x".repeat(10_001)), "customfield.too-long", "History", 10_000);
    }

    @Test
    void a_mandatory_contact_field_refuses_a_new_contact_without_it_on_every_create_path() {
        Client acme = acme();
        CustomField role = fieldFixture.mandatory(fieldFixture.contactField(CustomFieldType.TEXT, "Role"));
        actAs(TestData.STAFF, "STAFF");

        // The form.
        assertThatThrownBy(() -> contacts.save(newContact(acme, "Formless", Map.of())))
                .isInstanceOfSatisfying(CustomFieldMissingException.class, e -> {
                    assertThat(e.getFieldId()).isEqualTo(role.getId());
                    assertRefused(e, "customfield.required", "Role");
                });
        Contact unloaded = new Contact(acme);
        unloaded.setFirstName("Unloaded");
        assertThatThrownBy(() -> contacts.save(unloaded)).isInstanceOf(CustomFieldMissingException.class);
        // The import, which adds contacts in bulk: nothing of the batch is written.
        Contact withValue = newContact(acme, "Imported", Map.of(role.getId(), "Buyer"));
        Contact without = newContact(acme, "Imported", Map.of());
        assertThatThrownBy(() -> contacts.addAll(Map.of(acme.getId(), List.of(withValue, without))))
                .isInstanceOf(CustomFieldMissingException.class);
        assertThat(jdbc.queryForObject("select count(*) from contacts", Long.class))
                .isZero();

        List<Contact> imported = contacts.addAll(Map.of(
                acme.getId(), List.of(newContact(acme, "Imported", Map.of(role.getId(), "Buyer")))));
        assertThat(contacts.customValues(acme.getId(), imported.getFirst().getId()))
                .containsEntry(role.getId(), "Buyer");
        Contact saved = contacts.save(newContact(acme, "Formed", Map.of(role.getId(), "Owner")));
        assertThat(contacts.customValues(acme.getId(), saved.getId())).containsEntry(role.getId(), "Owner");
    }

    @Test
    void an_existing_contact_saved_without_its_values_loaded_keeps_them_and_a_cleared_required_one_is_refused() {
        Client acme = acme();
        CustomField role = fieldFixture.contactField(CustomFieldType.TEXT, "Role");
        actAs(TestData.STAFF, "STAFF");
        Contact saved = contacts.save(newContact(acme, "Anna", Map.of(role.getId(), "Buyer")));
        fieldFixture.mandatory(role);
        actAs(TestData.STAFF, "STAFF");

        Contact edited = contacts.get(saved.getId());
        edited.setTitle("Head of Purchasing");
        contacts.save(edited);
        assertThat(contacts.customValues(acme.getId(), saved.getId())).containsEntry(role.getId(), "Buyer");

        Contact cleared = contacts.get(saved.getId());
        cleared.setCustomValues(Map.of());
        assertThatThrownBy(() -> contacts.save(cleared)).isInstanceOf(CustomFieldMissingException.class);
        assertThat(contacts.customValues(acme.getId(), saved.getId())).containsEntry(role.getId(), "Buyer");
    }

    @Test
    void restricted_staff_neither_read_nor_write_the_values_of_a_contact_of_a_client_they_may_not_see() {
        Client foreign = acme();
        CustomField role = fieldFixture.contactField(CustomFieldType.TEXT, "Role");
        Contact anna = SystemAuthentication.call(
                () -> contacts.save(newContact(foreign, "Anna", Map.of(role.getId(), "Buyer"))));
        testData.restrictStaff();
        actAs(TestData.STAFF, "STAFF");

        assertThatThrownBy(() -> contacts.customValues(foreign.getId(), anna.getId()))
                .isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> contacts.customValuesOf(foreign.getId(), List.of(anna.getId())))
                .isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> fields.contactValues(foreign.getId(), anna.getId()))
                .isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> fields.writeContact(foreign.getId(), anna.getId(), Map.of(role.getId(), "Spy")))
                .isInstanceOf(ClientNotFoundException.class);
        assertThat(SystemAuthentication.call(() -> fields.contactValues(foreign.getId(), anna.getId())))
                .containsEntry(role.getId(), "Buyer");
    }

    @Test
    void a_contacts_values_are_in_its_personal_data_export_and_go_when_it_is_anonymised() {
        Client acme = acme();
        CustomField birthday = fieldFixture.contactField(CustomFieldType.DATE, "Birthday");
        CustomField channels = fieldFixture.contactField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
        Contact anna = SystemAuthentication.call(() -> contacts.save(newContact(
                acme,
                "Anna",
                Map.of(
                        birthday.getId(),
                        LocalDate.of(1980, 2, 29),
                        channels.getId(),
                        new LinkedHashSet<>(List.of("Phone"))))));
        Contact ben = SystemAuthentication.call(() ->
                contacts.save(newContact(acme, "Ben", Map.of(birthday.getId(), LocalDate.of(1975, 1, 1)))));
        actAs(TestData.ADMIN, "ADMIN");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exported =
                (List<Map<String, Object>>) personalData.export(PersonalData.Subject.client(acme.getId()));
        Map<String, Object> annasRow = exported.stream()
                .filter(r -> anna.getId().equals(r.get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(annasRow.get("customFields"))
                .isEqualTo(Map.of("Birthday", "1980-02-29", "Channels", List.of("Phone")));

        personalDataService.anonymiseContact(acme.getId(), anna.getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_field_values where contact_id = ?", Long.class, anna.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_field_choices where contact_id = ?", Long.class, anna.getId()))
                .isZero();
        assertThat(fields.contactValues(acme.getId(), ben.getId()))
                .containsEntry(birthday.getId(), LocalDate.of(1975, 1, 1));
    }

    @Test
    void a_contact_fields_type_is_locked_once_contacts_have_values_and_deleting_it_counts_contacts() {
        Client acme = acme();
        CustomField role = fieldFixture.contactField(CustomFieldType.TEXT, "Role");
        CustomField channels = fieldFixture.contactField(CustomFieldType.MULTIPLE_CHOICE, "Channels", "Mail", "Phone");
        SystemAuthentication.run(() -> {
            contacts.save(newContact(
                    acme,
                    "Anna",
                    Map.of(role.getId(), "Buyer", channels.getId(), new LinkedHashSet<>(List.of("Mail", "Phone")))));
            contacts.save(newContact(acme, "Ben", Map.of(role.getId(), "Owner")));
        });
        actAs(TestData.ADMIN, "ADMIN");
        assertThat(fields.valueCount(role.getId())).isEqualTo(2);
        assertThat(fields.valueCount(channels.getId())).isEqualTo(1);

        CustomField stored = fields.fields(CustomFieldOwner.CONTACT).getFirst();
        stored.setType(CustomFieldType.NUMBER);
        assertThatThrownBy(() -> fields.save(stored))
                .isInstanceOfSatisfying(
                        RuleViolationException.class, e -> assertRefused(e, "customfield.contact.type-locked", 2L));
        assertThat(fields.fields(CustomFieldOwner.CLIENT)).isEmpty();

        fields.delete(role.getId());
        assertThat(jdbc.queryForObject("select count(*) from contact_field_values", Long.class))
                .isZero();
    }
}
