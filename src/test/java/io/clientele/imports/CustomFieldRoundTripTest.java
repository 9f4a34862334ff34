package io.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientFilter;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each type of client custom field (issue 22) leaves in the client-book export and comes back through the import
 * into an empty book with the same values: the column headed by the field's label in the exporting user's language
 * (mapped by itself), the values in a form the import reads whatever its user's language.
 */
class CustomFieldRoundTripTest extends SpringTest {

    @Autowired
    ClientBookExportService export;

    @Autowired
    ClientImportService imports;

    @Autowired
    CustomFields customFields;

    @Autowired
    JdbcTemplate jdbc;

    /** Two values per type, chosen to trip a careless format: separators, quotes, line breaks, German numbers. */
    private static List<Object> values(CustomFieldType type) {
        return switch (type) {
            case TEXT -> List.of("Retail; \"big\", north", "Ünïcode ’quote’");
            case LONG_TEXT -> List.of("Line one\nLine two; \"quoted\", end", "=1+2");
            case NUMBER -> List.of(new BigDecimal("1234"), new BigDecimal("-7"));
            case DECIMAL -> List.of(new BigDecimal("1.234"), new BigDecimal("-1234.5"));
            case DATE -> List.of(LocalDate.of(2020, 1, 2), LocalDate.of(1999, 12, 31));
            case YES_NO -> List.of(true, false);
            case SINGLE_CHOICE -> List.of("Gold", "Silver");
            case MULTIPLE_CHOICE ->
                List.of(new LinkedHashSet<>(List.of("Wine", "Bread")), new LinkedHashSet<>(List.of("Cheese")));
            case URL -> List.of("https://example.com/a?b=1&c=2", "intranet.example.org");
            case EMAIL -> List.of("billing@example.com", "x.y@example.co.uk");
        };
    }

    private Map<String, Object> valuesByClient(CustomField field) {
        Map<String, Object> out = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select id, name from clients")) {
            long id = ((Number) row.get("ID")).longValue();
            Object value = SystemAuthentication.call(() -> customFields.clientValues(id))
                    .get(field.getId());
            out.put((String) row.get("NAME"), value);
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(CustomFieldType.class)
    void each_type_reads_back_from_the_export_into_an_empty_book(CustomFieldType type) throws Exception {
        CustomField field = SystemAuthentication.call(() -> {
            CustomField f = new CustomField(CustomFieldOwner.CLIENT, type);
            f.setLabel("en", "Custom " + type.name());
            f.setLabel("de", "Eigen " + type.name());
            if (type.isChoice()) {
                f.setOptions(List.of("Gold", "Silver", "Wine", "Bread", "Cheese"));
            }
            return customFields.save(f);
        });
        List<Object> values = values(type);
        for (int i = 0; i < values.size(); i++) {
            Client c = testData.reload(testData.company("Round " + i, "round" + i + "@example.com"));
            c.setCustomValues(Map.of(field.getId(), values.get(i)));
            testData.save(c);
        }
        testData.company("Round without", "round.without@example.com");
        Map<String, Object> before = valuesByClient(field);
        assertThat(before.values()).containsAll(values);

        // XLSX by a German user for odd types (decimals among them), a ZIP of CSV files by a French one for the others.
        boolean xlsx = type.ordinal() % 2 == 1;
        Locale locale = xlsx ? Locale.GERMAN : Locale.FRENCH;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        actAsAccount(TestData.ADMIN);
        var bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        if (xlsx) {
            export.writeXlsx(ClientFilter.live(null), bundle::getString, locale, out);
        } else {
            export.writeZip(ClientFilter.live(null), bundle::getString, locale, out);
        }
        ImportFile file = ImportFiles.read(xlsx ? "clients.xlsx" : "clients.zip", out.toByteArray());
        assertThat(file.clients().headers()).contains(xlsx ? "Eigen " + type.name() : "Custom " + type.name());

        jdbc.update("delete from client_field_values");
        jdbc.update("delete from client_field_choices");
        jdbc.update("delete from contacts");
        jdbc.update("delete from client_history");
        jdbc.update("delete from clients");
        actAsAccount(TestData.STAFF);
        ImportPlan done = imports.importAll(
                file,
                ClientImportServiceTest.guessed(file.clients()),
                ImportOptions.standard()
                        .withCustomColumns(
                                imports.guessCustomColumns(file.clients().headers())),
                locale,
                n -> {},
                () -> false);

        assertThat(done.errors()).isEmpty();
        assertThat(done.created()).isEqualTo(3);
        assertThat(valuesByClient(field)).isEqualTo(before);
    }
}
