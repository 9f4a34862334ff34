package io.clientele.client;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The place of a free-form address, as short as the structured "city, country": postal addresses end with the town
 * line, often followed by the country. So the last line is taken; when it names a country (ISO code, its name in
 * English, German, French or Spanish, or a common alias such as USA or UK), the line before is the town line and the
 * place is "town, country" with the country as the block writes it ("Leipzig, Deutschland"). Postal codes are taken
 * off the town line's start and end ("10115 Berlin" → Berlin, "London SW1A 1AA" → London). A one-line block is its
 * own place. The country stays as typed, not turned into a code, so that a town line ending in a state code
 * ("Springfield, IL") is never shown as a country.
 */
final class FreeFormPlace {

    private static final Pattern POSTAL_CODE_START = Pattern.compile("^(?:[A-Za-z]{1,2}-)?\\S*\\d\\S*\\s+");
    private static final Pattern POSTAL_CODE_END = Pattern.compile("(?:\\s+\\S*\\d\\S*)+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Map<String, String> COUNTRIES = countries();

    private FreeFormPlace() {}

    static @Nullable String of(@Nullable String text) {
        if (text == null) {
            return null;
        }
        List<String> lines =
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return null;
        }
        String last = lines.getLast();
        if (lines.size() == 1) {
            return last;
        }
        if (!COUNTRIES.containsKey(key(last))) {
            return town(last);
        }
        return town(lines.get(lines.size() - 2)) + ", " + last;
    }

    private static String town(String line) {
        String town = POSTAL_CODE_END
                .matcher(POSTAL_CODE_START.matcher(line).replaceFirst(""))
                .replaceFirst("")
                .strip();
        return town.isEmpty() ? line : town;
    }

    private static String key(String s) {
        return MARKS.matcher(Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
    }

    private static Map<String, String> countries() {
        Map<String, String> out = new HashMap<>();
        List<Locale> languages = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.of("es"));
        for (String alias :
                List.of("usa", "u.s.a.", "u.s.", "united states of america", "uk", "u.k.", "great britain")) {
            out.put(alias, alias);
        }
        for (String code : Locale.getISOCountries()) {
            out.put(key(code), code);
            for (Locale language : languages) {
                out.put(key(Locale.of("", code).getDisplayCountry(language)), code);
            }
        }
        return out;
    }
}
