package io.clientele.client;

import io.clientele.base.domain.EmailAddresses;
import io.clientele.base.domain.NumberText;
import io.clientele.base.domain.RuleViolationException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of custom field (issue 22). Each stores one Java type as its value — text as {@code String},
 * {@link #NUMBER} and {@link #DECIMAL} as {@code BigDecimal}, {@link #DATE} as {@code LocalDate}, {@link #YES_NO} as
 * {@code Boolean}, {@link #MULTIPLE_CHOICE} as a {@code Set<String>} of option labels — and knows how to read it
 * from text in a locale (an import, a filter) and whether a value is acceptable. Label keys:
 * {@code customfield.type.<NAME>}.
 */
public enum CustomFieldType {
    TEXT,
    LONG_TEXT,
    NUMBER,
    DECIMAL,
    DATE,
    YES_NO,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    URL,
    EMAIL;

    /** Longest text a one-line value (text, URL, e-mail) may have: the indexed column's width. */
    public static final int TEXT_MAX = 255;

    /** Longest long text. */
    public static final int LONG_TEXT_MAX = 10_000;

    /** Digits after the decimal point a decimal keeps (the column's scale). */
    public static final int DECIMAL_SCALE = 4;

    /** Numbers stay below 10^15 so that DECIMAL(19,4) holds them. */
    private static final BigDecimal NUMBER_LIMIT = BigDecimal.TEN.pow(15);

    private static final Pattern URL_PATTERN = Pattern.compile("^(https?://)?[\\p{L}0-9.-]+\\.\\p{L}{2,}(/\\S*)?$");
    private static final Pattern EMAIL_PATTERN = Pattern.compile("^" + EmailAddresses.PATTERN + "$");

    /** Whether values are options the administrator listed. */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /**
     * Reads a value from text as a person typed it in this locale (a spreadsheet cell, a filter, an input): numbers by
     * {@link NumberText}'s rule (either decimal mark, refusing a text that reads two ways), dates in the locale's short or ISO form, yes/no as the words of {@code yes}/{@code no} or
     * true/false/1/0, multiple choices separated by ";". Blank text is no value.
     *
     * @param yes the localized "yes" (the same word the UI shows)
     * @param no  the localized "no"
     * @throws RuleViolationException {@code customfield.invalid.<type>} naming the field's label;
     *     {@code customfield.ambiguous.NUMBER} or {@code .DECIMAL} with the text and its readings for a number such as
     *     "1.234" that could group thousands or mark decimals
     */
    public @Nullable Object parse(String text, Locale locale, String label, String yes, String no) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        return switch (this) {
            case NUMBER, DECIMAL -> parseNumber(t, locale, label);
            case DATE -> parseDate(t, locale, label);
            case YES_NO -> {
                if (t.equalsIgnoreCase(yes) || t.equalsIgnoreCase("true") || t.equals("1")) {
                    yield Boolean.TRUE;
                }
                if (t.equalsIgnoreCase(no) || t.equalsIgnoreCase("false") || t.equals("0")) {
                    yield Boolean.FALSE;
                }
                throw invalid(label);
            }
            case MULTIPLE_CHOICE -> {
                Set<String> chosen = new LinkedHashSet<>();
                for (String part : t.split(";")) {
                    if (!part.isBlank()) {
                        chosen.add(part.strip());
                    }
                }
                yield chosen;
            }
            default -> t;
        };
    }

    /**
     * A typed number by the one rule for typed numbers ({@link NumberText}): "1234.5" and "1234,5" are the same in
     * every language, and a text that reads two ways ("1.234" in German) is refused with both readings.
     */
    private BigDecimal parseNumber(String t, Locale locale, String label) {
        try {
            return NumberText.parse(t, locale, this == NUMBER);
        } catch (NumberText.Unreadable e) {
            if (!e.ambiguous()) {
                throw invalid(label);
            }
            String thousands = NumberText.format(e.asThousands(), locale);
            // Spelled out, so the translations test sees both keys.
            throw this == NUMBER
                    ? new RuleViolationException("customfield.ambiguous.NUMBER", label, t, thousands)
                    : new RuleViolationException(
                            "customfield.ambiguous.DECIMAL",
                            label,
                            t,
                            thousands,
                            NumberText.format(e.asDecimals(), locale));
        }
    }

    private LocalDate parseDate(String t, Locale locale, String label) {
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException iso) {
            // The locale's medium form first: it has four-digit years ("01.03.1999"), the short one two.
            for (FormatStyle style : new FormatStyle[] {FormatStyle.MEDIUM, FormatStyle.SHORT}) {
                try {
                    return LocalDate.parse(
                            t, DateTimeFormatter.ofLocalizedDate(style).withLocale(locale));
                } catch (DateTimeParseException localized) {
                    // the next form
                }
            }
            throw invalid(label);
        }
    }

    /**
     * Checks a value of this type for a field, returning it as stored (text stripped, a number's trailing zeros
     * gone). Null or blank is no value and passes; whether the field needs one is the caller's rule.
     *
     * @throws RuleViolationException naming the field's label: {@code customfield.invalid.<type>} for a value of the
     *     wrong kind or form, {@code customfield.too-long} for text over the limit, {@code customfield.invalid.choice}
     *     for an option the field does not offer
     */
    public @Nullable Object check(@Nullable Object value, String label, Set<String> options) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        switch (this) {
            case TEXT, LONG_TEXT, URL, EMAIL, SINGLE_CHOICE -> {
                if (!(value instanceof String s)) {
                    throw invalid(label);
                }
                String text = s.strip();
                int max = this == LONG_TEXT ? LONG_TEXT_MAX : TEXT_MAX;
                if (text.length() > max) {
                    throw new RuleViolationException("customfield.too-long", label, max);
                }
                if (this == URL && !URL_PATTERN.matcher(text).matches()
                        || this == EMAIL && !EMAIL_PATTERN.matcher(text).matches()) {
                    throw invalid(label);
                }
                if (this == SINGLE_CHOICE && !options.contains(text)) {
                    throw new RuleViolationException("customfield.invalid.choice", label, text);
                }
                return text;
            }
            case NUMBER, DECIMAL -> {
                if (!(value instanceof BigDecimal n)) {
                    throw invalid(label);
                }
                BigDecimal stripped = n.stripTrailingZeros();
                if (stripped.abs().compareTo(NUMBER_LIMIT) >= 0
                        || this == NUMBER && stripped.scale() > 0
                        || stripped.scale() > DECIMAL_SCALE) {
                    throw invalid(label);
                }
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            }
            case DATE -> {
                if (!(value instanceof LocalDate date) || date.getYear() < 1 || date.getYear() > 9999) {
                    throw invalid(label);
                }
                return date;
            }
            case YES_NO -> {
                if (!(value instanceof Boolean b)) {
                    throw invalid(label);
                }
                return b;
            }
            case MULTIPLE_CHOICE -> {
                if (!(value instanceof Set<?> chosen)) {
                    throw invalid(label);
                }
                Set<String> checked = new LinkedHashSet<>();
                for (Object o : chosen) {
                    String option = String.valueOf(o).strip();
                    if (!options.contains(option)) {
                        throw new RuleViolationException("customfield.invalid.choice", label, option);
                    }
                    checked.add(option);
                }
                return checked.isEmpty() ? null : checked;
            }
        }
        throw new IllegalStateException(name());
    }

    /**
     * A value as people read it in this locale: numbers and dates in its form, yes/no as the given words, choices
     * listed with commas.
     */
    public static String display(Object value, Locale locale, String yes, String no) {
        return display(value, locale, yes, no, true);
    }

    /**
     * {@link #display(Object, Locale, String, String)}, numbers without thousands separators when {@code grouping} is
     * false: what an export writes, so that the import reads it back as the same number in any language ("1,234"
     * for 1234 would be ambiguous).
     */
    public static String display(Object value, Locale locale, String yes, String no, boolean grouping) {
        return switch (value) {
            case BigDecimal number -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(DECIMAL_SCALE);
                format.setGroupingUsed(grouping);
                yield format.format(number);
            }
            case LocalDate date ->
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
            case Boolean b -> b ? yes : no;
            case java.util.Collection<?> chosen ->
                String.join(", ", chosen.stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
    }

    private RuleViolationException invalid(String label) {
        return new RuleViolationException("customfield.invalid." + name(), label);
    }
}
