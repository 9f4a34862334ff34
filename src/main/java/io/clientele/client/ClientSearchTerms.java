package io.clientele.client;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What the client list's search matches: a client's words, kept in {@code client_search_terms} so that a typed word
 * is an index range ({@code term like 'mül%'}) instead of a "contains" pass over every client. A typed word finds a
 * client when it starts one of its terms:
 * <ul>
 *   <li>each word of the name ("Bäckerei Müller-Lüdenscheid" gives bäckerei, müller-lüdenscheid, müller,
 *       lüdenscheid);</li>
 *   <li>the whole e-mail address, its local part and domain, and their pieces between . _ - + @;</li>
 *   <li>every ending of at least three digits of the phone and mobile digits, so that any run of digits inside a
 *       number still matches, as the "contains" search did.</li>
 * </ul>
 * Terms and typed words are folded the same way here (lower case, accents removed), so matching does not depend on
 * the database's collation; the column's case-insensitive collation stays as a second line. Public for the demo
 * writers, which write clients with JDBC.
 */
public final class ClientSearchTerms {

    /** Longer words are cut: a prefix search on 64 characters is as good as on more. */
    public static final int TERM_MAX = 64;
    /**
     * A search whose words are all shorter than this matches the start of the name instead of terms (see
     * ClientQueries): two letters start the terms of tens of thousands of clients.
     */
    static final int MIN_WORD = 3;
    /** Fewer phone digits than this match too much to be worth a term (and a phone query needs as many). */
    static final int MIN_DIGITS = 3;
    /**
     * Writes one term. "Ignore": two terms that differ in Java can still be equal under a case- and
     * accent-insensitive collation (the primary key), and one of them is then enough.
     */
    public static final String INSERT = "insert ignore into client_search_terms (client_id, term) values (?, ?)";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EMAIL_SEPARATORS = Pattern.compile("[._+@-]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ClientSearchTerms() {}

    /**
     * The terms of a client with these fields, folded, cut to {@link #TERM_MAX}, without duplicates and without
     * those that merely start another one.
     */
    public static Set<String> of(
            @Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String mobile) {
        Set<String> terms = new LinkedHashSet<>();
        if (name != null) {
            for (String word : WHITESPACE.split(fold(name))) {
                add(terms, EDGE_PUNCTUATION.matcher(word).replaceAll(""));
                for (String part : NOT_WORD.split(word)) {
                    add(terms, part);
                }
            }
        }
        if (email != null && !email.isBlank()) {
            String address = fold(email.strip());
            add(terms, address);
            int at = address.lastIndexOf('@');
            if (at >= 0) {
                add(terms, address.substring(0, at));
                add(terms, address.substring(at + 1));
            }
            for (String part : EMAIL_SEPARATORS.split(address)) {
                add(terms, part);
            }
        }
        for (String number : new String[] {phone, mobile}) {
            String digits = PhoneNumbers.digits(number);
            for (int start = 0; start + MIN_DIGITS <= digits.length(); start++) {
                add(terms, digits.substring(start));
            }
        }
        return withoutPrefixes(terms);
    }

    /**
     * Drops every term that starts another term of the same client: whatever word starts "gunter" also starts
     * "gunter.schafer@mail.example", so the shorter one finds nothing more. It keeps the table smaller and, above
     * all, one client from filling a word's index range several times (a first name that also starts the e-mail,
     * its local part and its first piece would be four entries to read and de-duplicate instead of one).
     */
    private static Set<String> withoutPrefixes(Set<String> terms) {
        List<String> sorted = new ArrayList<>(terms);
        Collections.sort(sorted);
        Set<String> kept = new TreeSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            // Sorted, the terms that start with this one follow it directly.
            if (i + 1 == sorted.size() || !sorted.get(i + 1).startsWith(sorted.get(i))) {
                kept.add(sorted.get(i));
            }
        }
        return kept;
    }

    /**
     * Whether a typed (non-blank) search is only one- or two-character words, which match the start of the name
     * rather than terms: a term prefix that short covers tens of thousands of clients at a million.
     */
    static boolean matchesNameStartOnly(List<String> words) {
        return words.stream().allMatch(w -> w.length() < MIN_WORD);
    }

    /**
     * The words of a typed search, each to be matched as a term prefix: split on whitespace, folded like the terms,
     * punctuation at a word's edges dropped ("@acme" looks for terms starting with "acme"). A word that looks like a
     * phone number becomes its digits; so does the whole search when it looks like one ("030 1234" is one number,
     * not two words). Empty when nothing searchable is left.
     */
    static List<String> words(String search) {
        String stripped = search.strip();
        if (stripped.isEmpty()) {
            return List.of();
        }
        if (PhoneNumbers.looksLikePhoneQuery(stripped)) {
            return List.of(cut(PhoneNumbers.digits(stripped)));
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : WHITESPACE.split(stripped)) {
            String w = PhoneNumbers.looksLikePhoneQuery(word)
                    ? PhoneNumbers.digits(word)
                    : EDGE_PUNCTUATION.matcher(fold(word)).replaceAll("");
            if (!w.isEmpty()) {
                words.add(cut(w));
            }
        }
        return new ArrayList<>(words);
    }

    /** Lower case without accents: "Müller" and "MULLER" give "muller", "Straße" gives "strasse". */
    static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean ascii = lower.chars().allMatch(ch -> ch < 0x80);
        if (ascii) {
            return lower;
        }
        String bare =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char ch = bare.charAt(i);
            switch (ch) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'œ' -> out.append("oe");
                case 'ø' -> out.append('o');
                case 'đ' -> out.append('d');
                case 'ł' -> out.append('l');
                case 'ı' -> out.append('i');
                case 'ς' -> out.append('σ');
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static void add(Set<String> terms, String term) {
        if (!term.isEmpty()) {
            terms.add(cut(term));
        }
    }

    private static String cut(String term) {
        if (term.length() <= TERM_MAX) {
            return term;
        }
        // Never half a surrogate pair: the column would reject it.
        return term.substring(0, Character.isHighSurrogate(term.charAt(TERM_MAX - 1)) ? TERM_MAX - 1 : TERM_MAX);
    }
}
