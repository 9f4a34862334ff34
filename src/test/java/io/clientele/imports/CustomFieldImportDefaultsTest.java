package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.contact.ContactService;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import's per-file values for mandatory custom fields (issue 22): a file that does not map such a field, or
 * rows that leave it empty, no longer fail row by row; the value is read like a cell of its field, refused before
 * any row when its field does not accept it, and never overrides a row's own value.
 */
class CustomFieldImportDefaultsTest extends SpringTest {

    @Autowired
    ClientImportService imports;

    @Autowired
    CustomFields customFields;

    @Autowired
    ContactService contacts;

    @Autowired
    JdbcTemplate jdbc;

    private CustomField mandatory(CustomFieldOwner owner, CustomFieldType type, String label, String... options) {
        return SystemAuthentication.call(() -> {
            CustomField field = new CustomField(owner, type);
            field.setLabel("en", label);
            field.setOptions(List.of(options));
            field.setMandatory(true);
            return customFields.save(field);
        });
    }

    private ImportPlan run(String csv, ImportOptions options, Locale locale, boolean write) {
        CsvTable table = CsvParser.parse(csv);
        actAsAccount(TestData.STAFF);
        ImportFile file = new ImportFile(table, null);
        return write
                ? imports.importAll(file, ClientImportServiceTest.guessed(table), options, locale, n -> {}, () -> false)
                : imports.check(file, ClientImportServiceTest.guessed(table), options, locale);
    }

    private Map<Long, Object> valuesOf(String name) {
        long id = jdbc.queryForObject("select id from clients where name = ?", Long.class, name);
        return SystemAuthentication.call(() -> customFields.clientValues(id));
    }

    @Test
    void the_files_value_fills_unmapped_and_empty_mandatory_fields_and_a_rows_own_value_wins() {
        CustomField tier = mandatory(CustomFieldOwner.CLIENT, CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");
        CustomField rate = mandatory(CustomFieldOwner.CLIENT, CustomFieldType.DECIMAL, "Rate");
        String csv = "Name,Tier\nEmpty Cell Ltd,\nOwn Value Ltd,Silver\n";
        // Tier has a column that leaves a row empty; Rate has none. German page, a decimal typed with a point.
        ImportOptions options = ImportOptions.standard()
                .withCustomColumns(Map.of(1, tier.getId()))
                .withCustomDefaults(Map.of(tier.getId(), "Gold", rate.getId(), "1234.5"));

        ImportPlan preview = run(csv, options, Locale.GERMAN, false);
        assertThat(preview.errors()).isEmpty();
        assertThat(preview.sample())
                .extracting(ImportPlan.Sample::custom)
                .containsExactly(
                        Map.of(tier.getId(), "Gold", rate.getId(), new BigDecimal("1234.5")),
                        Map.of(tier.getId(), "Silver", rate.getId(), new BigDecimal("1234.5")));

        ImportPlan done = run(csv, options, Locale.GERMAN, true);
        assertThat(done.created()).isEqualTo(2);
        assertThat(valuesOf("Empty Cell Ltd"))
                .isEqualTo(Map.of(tier.getId(), "Gold", rate.getId(), new BigDecimal("1234.5")));
        assertThat(valuesOf("Own Value Ltd"))
                .isEqualTo(Map.of(tier.getId(), "Silver", rate.getId(), new BigDecimal("1234.5")));
    }

    @Test
    void without_a_default_each_row_lacking_the_mandatory_field_is_an_error() {
        mandatory(CustomFieldOwner.CLIENT, CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");

        ImportPlan plan = run("Name\nNo Tier Ltd\n", ImportOptions.standard(), Locale.ENGLISH, false);

        assertThat(plan.created()).isZero();
        assertThat(plan.errors())
                .extracting(
                        ImportPlan.Issue::line,
                        ImportPlan.Issue::key,
                        i -> i.args().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "customfield.required", "Tier"));
    }

    @Test
    void a_default_its_field_refuses_stops_the_file_before_any_row_and_names_the_field() {
        CustomField tier = mandatory(CustomFieldOwner.CLIENT, CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");
        CustomField rate = mandatory(CustomFieldOwner.CLIENT, CustomFieldType.DECIMAL, "Rate");
        ImportOptions options =
                ImportOptions.standard().withCustomDefaults(Map.of(tier.getId(), "Platinum", rate.getId(), "1.234"));

        ImportPlan plan = run("Name\nRefused Ltd\n", options, Locale.GERMAN, false);

        assertThat(plan.mappingFailed()).isTrue();
        assertThat(plan.created()).isZero();
        assertThat(plan.errors())
                .extracting(ImportPlan.Issue::line, ImportPlan.Issue::key, ImportPlan.Issue::args)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                0, "customfield.invalid.choice", List.of("Tier", "Platinum")),
                        org.assertj.core.groups.Tuple.tuple(
                                0, "customfield.ambiguous.DECIMAL", List.of("Rate", "1.234", "1234", "1,234")));
        assertThatThrownBy(() -> run("Name\nRefused Ltd\n", options, Locale.GERMAN, true))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.import.refused"));
        assertThat(jdbc.queryForObject("select count(*) from clients where name = 'Refused Ltd'", Long.class))
                .isZero();

        // The page checks each value as it is typed, with the same reading.
        actAsAccount(TestData.STAFF);
        assertThatThrownBy(() -> imports.checkCustomDefault(tier.getId(), "Platinum", Locale.ENGLISH, null))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("customfield.invalid.choice"));
        imports.checkCustomDefault(rate.getId(), "1234.5", Locale.GERMAN, null);
        imports.checkCustomDefault(tier.getId(), "Gold", Locale.ENGLISH, null);
    }

    @Test
    void new_contacts_take_the_files_value_for_a_mandatory_contact_field_and_without_one_their_rows_are_refused() {
        CustomField role = mandatory(CustomFieldOwner.CONTACT, CustomFieldType.TEXT, "Role");
        String csv = "Name,Contact name\nPeople Ltd,Anna Becker\n";

        ImportPlan without = run(csv, ImportOptions.standard(), Locale.ENGLISH, false);
        assertThat(without.errors())
                .extracting(
                        ImportPlan.Issue::line,
                        ImportPlan.Issue::key,
                        i -> i.args().getFirst())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "customfield.required", "Role"));

        ImportPlan done = run(
                csv, ImportOptions.standard().withCustomDefaults(Map.of(role.getId(), "Buyer")), Locale.ENGLISH, true);
        assertThat(done.errors()).isEmpty();
        assertThat(done.contacts()).isEqualTo(1);
        long clientId = jdbc.queryForObject("select id from clients where name = 'People Ltd'", Long.class);
        long contactId = jdbc.queryForObject("select id from contacts where client_id = ?", Long.class, clientId);
        assertThat(SystemAuthentication.call(() -> contacts.customValues(clientId, contactId)))
                .isEqualTo(Map.of(role.getId(), "Buyer"));
    }

    @Test
    void the_remembered_choices_keep_the_files_values_of_fields_still_mandatory() {
        CustomField tier = mandatory(CustomFieldOwner.CLIENT, CustomFieldType.SINGLE_CHOICE, "Tier", "Gold", "Silver");
        run(
                "Name,Segment\nRemembered Ltd,x\n",
                ImportOptions.standard().withCustomDefaults(Map.of(tier.getId(), "Gold")),
                Locale.ENGLISH,
                true);
        actAsAccount(TestData.STAFF);

        assertThat(imports.rememberedMapping(List.of("Name", "Segment"))
                        .orElseThrow()
                        .options()
                        .customDefaults())
                .isEqualTo(Map.of(tier.getId(), "Gold"));
    }
}
