package io.clientele.base.domain;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Numbers as people type them, read the same way wherever a typed number comes in (a custom field's input, the client
 * list's filter, an import cell, an import's per-file default). People type decimals both ways — "1234.5" in a German
 * page, "0,75" in an English one — and {@code NumberFormat} in German reads "1234.5" as 12345: a value must never
 * change by a factor of 10 or 1,000 without anyone noticing. The rule, in every language:
 *
 * <ol>
 *   <li>Spaces (also no-break and narrow no-break ones) and apostrophes only group thousands.
 *   <li>With both "." and ",", the last one marks the decimals and the other one groups thousands ("1.234,5" and
 *       "1,234.5" are 1234.5).
 *   <li>A mark that appears more than once groups thousands ("1.234.567", "1,234,567").
 *   <li>A single mark that cannot group thousands marks the decimals: it is not followed by exactly three digits, or
 *       it follows a lone 0 or more than three digits ("1234.5", "1234,5", "0,75", "12.5" in every language).
 *   <li>A single mark after one to three digits and before exactly three ("1.234", "12,500") could be either. It is
 *       read as the language means it when that meaning fits the field: as the decimal mark where decimals are
 *       allowed and it is the language's decimal mark ("1,234" in German and "1.234" in English are 1.234), as the
 *       thousands separator where only whole numbers are and it is the language's thousands separator ("1.234" in
 *       German and "1,234" in English are 1234 — a decimal reading is never the value there). Otherwise it is refused
 *       as {@linkplain Unreadable#ambiguous() ambiguous}, with both readings, instead of guessed: "1.234" in German
 *       or "1,234" in English where decimals are allowed (people type decimals both ways, so this may be 1.234), and
 *       "1.234" in English or "1,234" in German where only whole numbers are.
 * </ol>
 *
 * Groups of thousands must be well formed (one to three digits, then groups of three, one kind of separator).
 * {@link #format} writes a number so that this rule reads it back unchanged in the same language.
 */
public final class NumberText {

    /** Longer text is no number anybody typed; refused before any pattern runs on it. */
    private static final int MAX_LENGTH = 100;

    private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
    private static final Pattern LEADING_GROUP = Pattern.compile("[1-9]\\d{0,2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private NumberText() {}

    /**
     * Reads a typed number by the rule above.
     *
     * @param locale the language whose marks decide a single mark before three digits
     * @param whole  whether only whole numbers are wanted: then such a mark is taken only as the language's
     *               thousands separator
     * @throws Unreadable when the text is no number, or an ambiguous one
     */
    public static BigDecimal parse(String text, Locale locale, boolean whole) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH) {
            throw new Unreadable(List.of());
        }
        boolean negative = false;
        char first = t.charAt(0);
        if (first == '-' || first == '\u2212' || first == '+') {
            negative = first != '+';
            t = t.substring(1);
        }
        StringBuilder body = new StringBuilder(t.length());
        int dots = 0;
        int commas = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case ' ', '\u00a0', '\u202f', '\u2009', '\u2007' -> body.append(' ');
                case '\'', '\u2019' -> body.append('\'');
                case '.' -> {
                    dots++;
                    body.append(c);
                }
                case ',' -> {
                    commas++;
                    body.append(c);
                }
                default -> {
                    if (c < '0' || c > '9') {
                        throw new Unreadable(List.of());
                    }
                    body.append(c);
                }
            }
        }
        String b = body.toString();
        if (b.isEmpty() || !Character.isDigit(b.charAt(b.length() - 1))) {
            // "5." or "1 234 ": a mark or a separator with nothing after it is a slip, not a number.
            throw new Unreadable(List.of());
        }
        char decimal = 0;
        if (dots > 0 && commas > 0) {
            decimal = b.lastIndexOf('.') > b.lastIndexOf(',') ? '.' : ',';
            if ((decimal == '.' ? dots : commas) != 1) {
                throw new Unreadable(List.of());
            }
        } else if (dots + commas == 1) {
            char mark = dots == 1 ? '.' : ',';
            int at = b.indexOf(mark);
            String before = b.substring(0, at);
            String after = b.substring(at + 1);
            boolean couldGroup = LEADING_GROUP.matcher(before).matches()
                    && THREE_DIGITS.matcher(after).matches();
            // Read as the language means the mark only when that meaning fits: decimals where decimals are
            // allowed, thousands where only whole numbers are (there the decimal reading is never the value).
            boolean asLanguageMeansIt = whole ? mark == groupingMark(locale) : mark == decimalMark(locale);
            if (couldGroup && !asLanguageMeansIt) {
                throw new Unreadable(List.of(number(negative, before + after, ""), number(negative, before, after)));
            }
            decimal = couldGroup && whole ? 0 : mark;
        }
        // No mark at all, or one mark more than once: all of it is the whole part, grouped or not.
        int at = decimal == 0 ? b.length() : b.indexOf(decimal);
        String fraction = decimal == 0 ? "" : b.substring(at + 1);
        if (decimal != 0 && !DIGITS.matcher(fraction).matches()) {
            throw new Unreadable(List.of());
        }
        String digits = ungrouped(b.substring(0, at));
        if (digits == null) {
            throw new Unreadable(List.of());
        }
        return number(negative, digits.isEmpty() ? "0" : digits, fraction);
    }

    /** The whole part's digits without its thousands separators; null when the groups are not well formed. */
    private static @Nullable String ungrouped(String whole) {
        char separator = 0;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (!Character.isDigit(c)) {
                if (separator != 0 && separator != c) {
                    return null;
                }
                separator = c;
            }
        }
        if (separator == 0) {
            return whole;
        }
        String[] groups = whole.split(Pattern.quote(String.valueOf(separator)), -1);
        if (!LEADING_GROUP.matcher(groups[0]).matches()) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (!THREE_DIGITS.matcher(groups[i]).matches()) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static BigDecimal number(boolean negative, String digits, String fraction) {
        return new BigDecimal((negative ? "-" : "") + digits + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** The language's decimal mark when it is "." or ","; "." for the few languages that use another. */
    public static char decimalMark(Locale locale) {
        char mark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return mark == ',' ? ',' : '.';
    }

    /** The language's thousands separator ("," in English, "." in German and Spanish, a narrow space in French). */
    public static char groupingMark(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
    }

    /**
     * A number as an input shows it for editing: no thousands separators, the language's decimal mark, no trailing
     * zeros ("1234,5" in German, "1234.5" in English) — text that {@link #parse} reads back as the same number.
     */
    public static String format(BigDecimal number, Locale locale) {
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() < 0) {
            plain = plain.setScale(0);
        }
        return plain.toPlainString().replace('.', decimalMark(locale));
    }

    /**
     * Text {@link #parse} refuses: no number at all, or an ambiguous one with its two readings (thousands first, then
     * decimals), which a message can offer in {@link #format}.
     */
    public static final class Unreadable extends IllegalArgumentException {

        private final transient List<BigDecimal> readings;

        Unreadable(List<BigDecimal> readings) {
            super(readings.isEmpty() ? "not a number" : "ambiguous: " + readings);
            this.readings = List.copyOf(readings);
        }

        /** Whether the text is a number that reads two ways (otherwise it is no number). */
        public boolean ambiguous() {
            return !readings.isEmpty();
        }

        /** The reading with thousands separators ("1.234" as 1234); only when {@link #ambiguous()}. */
        public BigDecimal asThousands() {
            return readings.getFirst();
        }

        /** The reading with a decimal mark ("1.234" as 1.234); only when {@link #ambiguous()}. */
        public BigDecimal asDecimals() {
            return readings.getLast();
        }
    }
}
