package io.clientele.imports;

import io.clientele.base.ui.AppLanguages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns what other systems write into what Clientele stores: country names and codes in the app's four languages
 * and common English aliases into ISO 3166 codes, language names and locale tags into the app's languages, currency
 * codes, names and symbols into ISO 4217, dates in the common formats, yes/no words; and takes the formula guard off
 * a cell that a spreadsheet export (Clientele's own included) put in front of it.
 */
public final class ImportValues {

    /** How a date like 03/04/2026 is read. */
    public enum DateOrder {
        /** 03/04/2026 is the 3rd of April (Europe). */
        DAY_FIRST,
        /** 03/04/2026 is March 4th (United States). */
        MONTH_FIRST
    }

    private static final Map<String, String> COUNTRIES = countries();
    private static final Map<String, String> LANGUAGES = languages();
    private static final Map<String, String> CURRENCIES = currencies();
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})");

    private ImportValues() {}

    /**
     * The cell without the apostrophe an export puts before a value a spreadsheet would run as a formula
     * ({@code '+48 22 …}, {@code '=SUM(…)}), also when blanks stand between the apostrophe and the sign.
     */
    public static String unguard(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'') {
            String rest = cell.substring(1);
            String stripped = rest.stripLeading();
            if (!stripped.isEmpty() && "=+-@".indexOf(stripped.charAt(0)) >= 0
                    || !rest.isEmpty() && (rest.charAt(0) == '\t' || rest.charAt(0) == '\r')) {
                return rest;
            }
        }
        return cell;
    }

    /** The ISO 3166 code a country name or code stands for, if any ("Deutschland", "UK", "USA", "deu", "fr"). */
    public static Optional<String> country(String value) {
        return Optional.ofNullable(COUNTRIES.get(ImportField.normalize(value)));
    }

    /**
     * The app language a language name or tag stands for ("en_US", "German", "français", "spa"), if the app speaks
     * it; empty for other languages (the per-file default applies) and for words that name no language.
     */
    public static Optional<String> language(String value) {
        String v = value.strip();
        String tag = v.replace('_', '-');
        if (tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            String code = Locale.forLanguageTag(tag).getLanguage();
            if (AppLanguages.CODES.contains(code)) {
                return Optional.of(code);
            }
        }
        String code = LANGUAGES.get(ImportField.normalize(v));
        return code != null && AppLanguages.CODES.contains(code) ? Optional.of(code) : Optional.empty();
    }

    /** Whether the value names a language at all (supported or not): "Polish" is a language, "xyz" is not. */
    public static boolean isLanguage(String value) {
        String tag = value.strip().replace('_', '-');
        if (tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            String code = Locale.forLanguageTag(tag).getLanguage();
            if (!code.isEmpty() && Arrays.asList(Locale.getISOLanguages()).contains(code)) {
                return true;
            }
        }
        return LANGUAGES.containsKey(ImportField.normalize(value));
    }

    /** The ISO 4217 code of a currency code, symbol or name ("eur", "€", "US$", "Euro", "złoty"). */
    public static Optional<String> currency(String value) {
        String v = value.strip();
        if (v.matches("[A-Za-z]{3}")) {
            String code = v.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(code);
                return Optional.of(code);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        String symbol = CURRENCIES.get(v.toLowerCase(Locale.ROOT));
        if (symbol != null) {
            return Optional.of(symbol);
        }
        return Optional.ofNullable(CURRENCIES.get(ImportField.normalize(v)));
    }

    /**
     * A date in ISO form (optionally with a time), as day.month.year, or with slashes or dashes in {@code order}.
     *
     * @return empty when the text is no date
     */
    public static Optional<LocalDate> date(String value, DateOrder order) {
        String v = value.strip();
        if (v.length() >= 10 && v.charAt(4) == '-') {
            try {
                return Optional.of(LocalDate.parse(v.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        Matcher m = NUMERIC_DATE.matcher(v);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        try {
            if (m.group(1).length() == 4) {
                return Optional.of(LocalDate.of(a, b, c));
            }
            int year = c < 100 ? 2000 + c : c;
            boolean dotted = v.charAt(m.end(1)) == '.';
            boolean dayFirst = dotted || order == DateOrder.DAY_FIRST;
            return Optional.of(dayFirst ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What a numeric date with slashes says about the file's order: DAY_FIRST when its first part is over 12,
     * MONTH_FIRST when its second is, null when either reading works.
     */
    public static @Nullable DateOrder evidence(String value) {
        Matcher m = NUMERIC_DATE.matcher(value.strip());
        if (!m.lookingAt() || m.group(1).length() == 4 || value.strip().charAt(m.end(1)) == '.') {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a > 12 && b <= 12) {
            return DateOrder.DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return DateOrder.MONTH_FIRST;
        }
        return null;
    }

    /** Yes or no in any app language, or null for anything else (blank included). */
    public static @Nullable Boolean yesNo(String value) {
        return switch (ImportField.normalize(value)) {
            case "yes",
                    "y",
                    "true",
                    "1",
                    "x",
                    "active",
                    "primary",
                    "ja",
                    "wahr",
                    "aktiv",
                    "oui",
                    "vrai",
                    "actif",
                    "si",
                    "verdadero",
                    "activo" -> Boolean.TRUE;
            case "no",
                    "n",
                    "false",
                    "0",
                    "inactive",
                    "nein",
                    "falsch",
                    "inaktiv",
                    "non",
                    "faux",
                    "inactif",
                    "falso",
                    "inactivo",
                    "archived" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Map<String, String> countries() {
        Map<String, String> map = new HashMap<>();
        List<Locale> names = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            map.put(code.toLowerCase(Locale.ROOT), code);
            try {
                map.putIfAbsent(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            } catch (MissingResourceException e) {
                // A code without a three-letter form is still found by its two letters and names.
            }
            for (Locale in : names) {
                map.putIfAbsent(ImportField.normalize(country.getDisplayCountry(in)), code);
            }
        }
        String[][] aliases = {
            {"uk", "GB"},
            {"unitedkingdom", "GB"},
            {"greatbritain", "GB"},
            {"britain", "GB"},
            {"england", "GB"},
            {"scotland", "GB"},
            {"wales", "GB"},
            {"northernireland", "GB"},
            {"grossbritannien", "GB"},
            {"england", "GB"},
            {"angleterre", "GB"},
            {"inglaterra", "GB"},
            {"granbretana", "GB"},
            {"usa", "US"},
            {"unitedstatesofamerica", "US"},
            {"america", "US"},
            {"us", "US"},
            {"eeuu", "US"},
            {"vereinigtestaaten", "US"},
            {"etatsunis", "US"},
            {"estadosunidos", "US"},
            {"holland", "NL"},
            {"thenetherlands", "NL"},
            {"czechrepublic", "CZ"},
            {"tschechien", "CZ"},
            {"el", "GR"},
            {"korea", "KR"},
            {"southkorea", "KR"},
            {"uae", "AE"},
            {"russia", "RU"},
            {"turkey", "TR"},
            {"turkei", "TR"},
            {"ivorycoast", "CI"},
            {"vatican", "VA"},
            {"macedonia", "MK"},
            {"deutschland", "DE"},
            {"osterreich", "AT"},
            {"oesterreich", "AT"},
            {"schweiz", "CH"},
            {"suisse", "CH"}
        };
        for (String[] a : aliases) {
            map.put(a[0], a[1]);
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> languages() {
        Map<String, String> map = new HashMap<>();
        List<Locale> names = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.forLanguageTag(code);
            for (Locale in : names) {
                map.putIfAbsent(ImportField.normalize(language.getDisplayLanguage(in)), code);
            }
            map.putIfAbsent(ImportField.normalize(language.getDisplayLanguage(language)), code);
            try {
                map.putIfAbsent(language.getISO3Language(), code);
            } catch (MissingResourceException e) {
                // Found by its two letters and names.
            }
        }
        map.put("ger", "de");
        map.put("fre", "fr");
        map.put("castellano", "es");
        return Map.copyOf(map);
    }

    private static Map<String, String> currencies() {
        Map<String, String> map = new HashMap<>();
        List<Locale> names = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));
        for (Currency c : Currency.getAvailableCurrencies()) {
            for (Locale in : names) {
                map.putIfAbsent(ImportField.normalize(c.getDisplayName(in)), c.getCurrencyCode());
            }
        }
        String[][] symbols = {
            {"€", "EUR"},
            {"$", "USD"},
            {"us$", "USD"},
            {"usd$", "USD"},
            {"£", "GBP"},
            {"¥", "JPY"},
            {"zł", "PLN"},
            {"zl", "PLN"},
            {"kč", "CZK"},
            {"fr.", "CHF"},
            {"chf", "CHF"},
            {"₴", "UAH"},
            {"₽", "RUB"},
            {"₹", "INR"},
            {"c$", "CAD"},
            {"ca$", "CAD"},
            {"a$", "AUD"},
            {"au$", "AUD"},
            {"r$", "BRL"},
            {"₺", "TRY"},
            {"ft", "HUF"},
            {"lei", "RON"},
            {"euro", "EUR"},
            {"euros", "EUR"},
            {"dollar", "USD"},
            {"dollars", "USD"},
            {"zloty", "PLN"},
            {"pound", "GBP"},
            {"pounds", "GBP"},
            {"pfund", "GBP"}
        };
        for (String[] s : symbols) {
            map.put(s[0], s[1]);
        }
        return Map.copyOf(map);
    }
}
