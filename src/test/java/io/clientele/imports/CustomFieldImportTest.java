package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.ClientService;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Client custom fields (issue 22) as import targets: found by their labels in any language, each cell read and
 * checked for its field's type, a bad or missing value an error of its row only, and remembered by field id.
 */
class CustomFieldImportTest extends SpringTest {

    @Autowired
    ClientImportService imports;

    @Autowired
    CustomFields customFields;

    @Autowired
    ClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    private CustomField define(CustomFieldType type, Map<String, String> labels, String... options) {
        return SystemAuthentication.call(() -> {
            CustomField field = new CustomField(CustomFieldOwner.CLIENT, type);
            labels.forEach(field::setLabel);
            field.setOptions(List.of(options));
            return customFields.save(field);
        });
    }

    private CustomField define(CustomFieldType type, String label, String... options) {
        return define(type, Map.of("en", label), options);
    }

    private ImportPlan importAll(String csv, Map<Integer, Long> customColumns, Locale locale) {
        CsvTable table = CsvParser.parse(csv);
        actAsAccount(TestData.STAFF);
        return imports.importAll(
                new ImportFile(table, null),
                ClientImportServiceTest.guessed(table),
                ImportOptions.standard().withCustomColumns(customColumns),
                locale,
                n -> {},
                () -> false);
    }

    private Map<Long, Object> valuesOf(String name) {
        long id = jdbc.queryForObject("select id from clients where name = ?", Long.class, name);
        return SystemAuthentication.call(() -> customFields.clientValues(id));
    }

    @Test
    void a_header_naming_a_custom_field_in_any_language_maps_to_it_without_case_or_accents() {
        CustomField segment = define(
                CustomFieldType.TEXT,
                Map.of("en", "Segment", "de", "Kundensegment", "fr", "Segment client", "es", "Segmento"));
        CustomField since = define(
                CustomFieldType.DATE,
                Map.of("en", "Partner since", "de", "Partner seit", "fr", "Partenaire depuis", "es", "Socio desde"));
        actAsAccount(TestData.STAFF);

        assertThat(imports.guessCustomColumns(List.of("Name", "KUNDENSEGMENT", "partner seit")))
                .containsOnly(Map.entry(1, segment.getId()), Map.entry(2, since.getId()));
        assertThat(imports.guessCustomColumns(List.of("Nom", "segment-client", "Partenaire  depuis")))
                .containsEntry(1, segment.getId())
                .containsEntry(2, since.getId());
        assertThat(imports.guessCustomColumns(List.of("Nombre", "Ségmento", "Socio desde")))
                .containsEntry(1, segment.getId())
                .containsEntry(2, since.getId());
        assertThat(imports.guessCustomColumns(List.of("Name", "segment", "Partner Since", "Segment")))
                .as("a field is taken by its first column only")
                .containsOnly(Map.entry(1, segment.getId()), Map.entry(2, since.getId()));
        assertThat(imports.customFieldLabels(Locale.GERMAN)).containsEntry(segment.getId(), "Kundensegment");
    }

    @Test
    void each_type_is_read_and_a_bad_value_is_an_error_of_its_row_only() {
        CustomField since = define(CustomFieldType.DATE, "Since");
        CustomField staff = define(CustomFieldType.NUMBER, "Staff");
        CustomField rate = define(CustomFieldType.DECIMAL, "Rate");
        CustomField tier = define(CustomFieldType.MULTIPLE_CHOICE, "Tier", "Gold", "Silver");
        CustomField site = define(CustomFieldType.URL, "Intranet");
        CustomField news = define(CustomFieldType.YES_NO, "Newsletter");
        String csv = "Name,Since,Staff,Rate,Tier,Intranet,Newsletter\n"
                + "Good GmbH,31.12.2020,1.234,\"12,5\",Gold;Silver,intra.example.com,ja\n"
                + "Bad Date,2020-13-45,,,,,\n"
                + "Bad Choice,,,,Platinum,,\n"
                + "Bad Number,,1.5,,,,\n"
                + "Bad Site,,,,,not a url,\n"
                + "Bad Answer,,,,,,perhaps\n";

        ImportPlan done = importAll(
                csv,
                Map.of(
                        1,
                        since.getId(),
                        2,
                        staff.getId(),
                        3,
                        rate.getId(),
                        4,
                        tier.getId(),
                        5,
                        site.getId(),
                        6,
                        news.getId()),
                Locale.GERMAN);

        assertThat(done.created()).isEqualTo(1);
        assertThat(done.errors())
                .extracting(
                        ImportPlan.Issue::line,
                        ImportPlan.Issue::key,
                        i -> i.args().getFirst())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "customfield.invalid.DATE", "Since"),
                        org.assertj.core.groups.Tuple.tuple(4, "customfield.invalid.choice", "Tier"),
                        org.assertj.core.groups.Tuple.tuple(5, "customfield.invalid.NUMBER", "Staff"),
                        org.assertj.core.groups.Tuple.tuple(6, "customfield.invalid.URL", "Intranet"),
                        org.assertj.core.groups.Tuple.tuple(7, "customfield.invalid.YES_NO", "Newsletter"));
        assertThat(jdbc.queryForList("select name from clients", String.class)).containsExactly("Good GmbH");
        assertThat(valuesOf("Good GmbH"))
                .containsEntry(since.getId(), LocalDate.of(2020, 12, 31))
                .containsEntry(staff.getId(), new BigDecimal("1234"))
                .containsEntry(rate.getId(), new BigDecimal("12.5"))
                .containsEntry(tier.getId(), new LinkedHashSet<>(List.of("Gold", "Silver")))
                .containsEntry(site.getId(), "intra.example.com")
                .containsEntry(news.getId(), true);
    }

    @Test
    void a_row_without_a_mandatory_custom_value_is_refused_alone_and_the_others_import() {
        CustomField region = define(CustomFieldType.SINGLE_CHOICE, "Region", "North", "South");
        SystemAuthentication.run(() -> {
            region.setMandatory(true);
            customFields.save(region);
        });

        ImportPlan done = importAll(
                "Name,Region\nWith Region,South\nWithout Region,\nAlso With,North\n",
                Map.of(1, region.getId()),
                Locale.ENGLISH);

        assertThat(done.created()).isEqualTo(2);
        assertThat(done.errors())
                .extracting(ImportPlan.Issue::line, ImportPlan.Issue::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "customfield.required"));
        assertThat(jdbc.queryForList("select name from clients order by name", String.class))
                .containsExactly("Also With", "With Region");
        assertThat(valuesOf("With Region")).containsEntry(region.getId(), "South");

        // Without a column for it at all: every row says so, none is written, the import itself goes through.
        ImportPlan unmapped = importAll("Name\nNo Column Ltd\n", Map.of(), Locale.ENGLISH);
        assertThat(unmapped.created()).isZero();
        assertThat(unmapped.errors()).extracting(ImportPlan.Issue::key).containsExactly("customfield.required");
    }

    @Test
    void an_update_keeps_stored_custom_values_and_takes_the_filled_cells() {
        CustomField segment = define(CustomFieldType.TEXT, "Segment");
        CustomField staff = define(CustomFieldType.NUMBER, "Staff");
        importAll(
                "Name,Email,Segment,Staff\nKeep AG,keep@example.com,Retail,12\n",
                Map.of(2, segment.getId(), 3, staff.getId()),
                Locale.ENGLISH);

        CsvTable table = CsvParser.parse("Name,Email,Segment,Staff\nKeep AG,keep@example.com,,40\n");
        actAsAccount(TestData.STAFF);
        ImportPlan done = imports.importAll(
                new ImportFile(table, null),
                ClientImportServiceTest.guessed(table),
                ImportOptions.standard()
                        .withDuplicates(ImportOptions.DuplicateMode.UPDATE)
                        .withCustomColumns(Map.of(2, segment.getId(), 3, staff.getId())),
                Locale.ENGLISH,
                n -> {},
                () -> false);

        assertThat(done.updated()).isEqualTo(1);
        assertThat(valuesOf("Keep AG"))
                .containsEntry(segment.getId(), "Retail")
                .containsEntry(staff.getId(), new BigDecimal("40"));
    }

    @Test
    void the_remembered_mapping_keeps_custom_targets_by_id_and_drops_a_deleted_field() {
        CustomField segment = define(CustomFieldType.TEXT, "Segment");
        CustomField tier = define(CustomFieldType.TEXT, "Tier");
        importAll(
                "Name,Seg,Level\nRemember Ltd,Retail,A\n", Map.of(1, segment.getId(), 2, tier.getId()), Locale.ENGLISH);
        // Renamed since: the id still maps.
        SystemAuthentication.run(() -> {
            segment.setLabel("en", "Market segment");
            customFields.save(segment);
        });
        actAsAccount(TestData.STAFF);

        assertThat(imports.rememberedMapping(List.of("level", "NAME", "seg"))
                        .orElseThrow()
                        .options()
                        .customColumns())
                .containsExactlyInAnyOrderEntriesOf(Map.of(2, segment.getId(), 0, tier.getId()));

        SystemAuthentication.run(() -> customFields.delete(tier.getId()));
        actAsAccount(TestData.STAFF);
        assertThat(imports.rememberedMapping(List.of("Name", "Seg", "Level"))
                        .orElseThrow()
                        .options()
                        .customColumns())
                .containsExactlyEntriesOf(Map.of(1, segment.getId()));
    }
}
