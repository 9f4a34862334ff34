package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How number and decimal custom fields read typed text in the four app languages (issue 22): either decimal mark is
 * accepted where it cannot group thousands, the language's own decimal mark where it could, and a text that reads two
 * ways is refused with both readings — never a value 10 or 1,000 times off. The list's filter, the form and the import
 * all read through {@link CustomFieldType#parse}.
 */
class CustomFieldNumberParsingTest {

    private static BigDecimal read(CustomFieldType type, String text, String language) {
        Object value = type.parse(text, Locale.forLanguageTag(language), "Revenue", "yes", "no");
        return ((BigDecimal) type.check(value, "Revenue", java.util.Set.of())).stripTrailingZeros();
    }

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // The defect: German and Spanish swallowed the "." of "1234.5" as a thousands separator.
                "de | 1234.5      | 1234.5",
                "es | 1234.5      | 1234.5",
                "fr | 1234.5      | 1234.5",
                "en | 1234.5      | 1234.5",
                "de | 1234,5      | 1234.5",
                "en | 1234,5      | 1234.5",
                "en | 0,75        | 0.75",
                "de | 0.75        | 0.75",
                "de | 0,125       | 0.125",
                "en | 0.125       | 0.125",
                "de | 12.5        | 12.5",
                "en | 12,5        | 12.5",
                "de | 1.5         | 1.5",
                "es | 3,1416      | 3.1416",
                // The language's own decimal mark before three digits is a decimal mark.
                "de | 1,234       | 1.234",
                "es | 1,234       | 1.234",
                "fr | 1,234       | 1.234",
                "en | 1.234       | 1.234",
                // Both marks: the last one marks the decimals, in any language.
                "de | 1.234,5     | 1234.5",
                "en | 1.234,5     | 1234.5",
                "en | 1,234.5     | 1234.5",
                "de | 1,234.5     | 1234.5",
                "es | 1.234.567,89 | 1234567.89",
                // A mark used more than once groups thousands.
                "de | 1.234.567   | 1234567",
                "en | 1,234,567   | 1234567",
                "en | 1.234.567   | 1234567",
                // Spaces and apostrophes only group thousands.
                "fr | 1 234,5     | 1234.5",
                "fr | 1\u202f234,5 | 1234.5",
                "fr | 1\u00a0234  | 1234",
                "de | 1’234.5     | 1234.5",
                "en | -1234.5     | -1234.5",
                "de | −0,5        | -0.5",
                "de | +7          | 7",
                "en | 1234        | 1234"
            })
    void a_decimal_field_reads_either_decimal_mark_where_it_cannot_group_thousands(
            String language, String text, String expected) {
        assertThat(read(CustomFieldType.DECIMAL, text, language)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{1} in {0} is ambiguous: {2} or {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "de | 1.234  | 1234 | 1,234",
                "es | 12.500 | 12500 | 12,5",
                "fr | 1.234  | 1234 | 1,234",
                "en | 1,234  | 1234 | 1.234",
                "en | -1,234 | -1234 | -1.234"
            })
    void a_decimal_field_refuses_the_other_mark_where_it_could_group_thousands_naming_both_readings(
            String language, String text, String thousands, String decimals) {
        assertThatThrownBy(() -> read(CustomFieldType.DECIMAL, text, language))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("customfield.ambiguous.DECIMAL");
                    assertThat(e.getArguments()).containsExactly("Revenue", text, thousands, decimals);
                });
    }

    @ParameterizedTest(name = "{1} in {0} is refused as ambiguous in a whole-number field")
    @CsvSource(
            delimiter = '|',
            value = {
                "en | 1.234 | 1234",
                "de | 1,234 | 1234",
                "es | 12,500 | 12500",
                "fr | 1,234 | 1234",
                "fr | 1.234 | 1234"
            })
    void a_number_field_refuses_a_single_mark_before_three_digits_unless_it_is_the_languages_thousands_separator(
            String language, String text, String thousands) {
        assertThatThrownBy(() -> read(CustomFieldType.NUMBER, text, language))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("customfield.ambiguous.NUMBER");
                    assertThat(e.getArguments()).containsExactly("Revenue", text, thousands);
                });
    }

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "de | 1.234     | 1234",
                "es | 999.000   | 999000",
                "en | 1,234     | 1234",
                "de | 1234      | 1234",
                "de | 1.234.567 | 1234567",
                "en | 1,234,567 | 1234567",
                "fr | 12 345    | 12345",
                "fr | 12\u202f345 | 12345",
                "es | 1234,0    | 1234"
            })
    void a_number_field_reads_the_languages_thousands_separator_and_unambiguous_grouping(
            String language, String text, String expected) {
        assertThat(read(CustomFieldType.NUMBER, text, language)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{1} in {0} is no number")
    @CsvSource(
            delimiter = '|',
            value = {
                "de | 12a",
                "en | 1.2.3,4,5",
                "en | 1,23,456",
                "de | 12.34.567",
                "de | 5.",
                "en | 1 23",
                "en | 1.234,567.8",
                "de | 1 234.567.890",
                "en | --5",
                "en | 1e5"
            })
    void malformed_numbers_are_refused_as_invalid(String language, String text) {
        assertThatThrownBy(() -> read(CustomFieldType.DECIMAL, text, language))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("customfield.invalid.DECIMAL"));
    }
}
