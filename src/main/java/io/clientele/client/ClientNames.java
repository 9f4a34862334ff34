package io.clientele.client;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key two client names share when they name the same business: lower case, no accents or punctuation, no
 * spaces, and without trailing legal forms such as GmbH, Ltd or S.A. "ACME Ltd." and "Acme" both become "acme".
 */
public final class ClientNames {

    /** Legal forms dropped from the end of a name, in their key form (lower case, dots removed). */
    static final Set<String> LEGAL_FORMS = Set.of(
            "gmbh",
            "ag",
            "kg",
            "ohg",
            "ug",
            "ev",
            "mbh",
            "co",
            "cokg",
            "ltd",
            "limited",
            "llc",
            "llp",
            "lp",
            "inc",
            "incorporated",
            "corp",
            "corporation",
            "company",
            "plc",
            "sa",
            "sas",
            "sarl",
            "sl",
            "srl",
            "spa",
            "sp",
            "bv",
            "nv",
            "oy",
            "ab",
            "as",
            "aps",
            "pty",
            "kft",
            "sro");

    // Compiled once: an import computes the key of every row several times.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern DOTS = Pattern.compile("[.'’]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ClientNames() {}

    /** The comparison key of a name; empty for a blank name. */
    public static String key(String name) {
        String unmarked = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        // "S.A." and "G.m.b.H." are one word: drop dots (and apostrophes) without splitting.
        String plain = NOT_WORD.matcher(DOTS.matcher(unmarked).replaceAll(""))
                .replaceAll(" ")
                .strip();
        if (plain.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(plain.split(" ")));
        // Keep the first word even when it looks like a legal form: "AG Consulting" is still a name.
        while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
            words.removeLast();
        }
        String key = String.join("", words);
        return key.length() > Client.NAME_MAX ? key.substring(0, Client.NAME_MAX) : key;
    }
}
