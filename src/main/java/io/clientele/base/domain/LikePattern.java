package io.clientele.base.domain;

import java.util.Locale;

/**
 * What a user typed, made safe for SQL {@code LIKE ... ESCAPE '\'}: their {@code %}, {@code _} and {@code \} match
 * themselves instead of acting as wildcards.
 */
public final class LikePattern {

    /** The escape character every pattern here is written for. */
    public static final char ESCAPE = '\\';

    private LikePattern() {}

    /** The text with the wildcards and the escape character escaped, for {@code ESCAPE '\'}. */
    public static String escape(String text) {
        return escape(text, ESCAPE);
    }

    /**
     * The same for another escape character: native SQL here uses {@code '!'}, which means the same on MySQL and H2
     * (a backslash in a MySQL string literal is itself an escape).
     */
    public static String escape(String text, char escape) {
        String e = String.valueOf(escape);
        return text.replace(e, e + e).replace("%", e + "%").replace("_", e + "_");
    }

    /** Matches anything containing the trimmed text, as typed (for case-insensitive columns or collations). */
    public static String containing(String text) {
        return "%" + escape(text.strip()) + "%";
    }

    /** Matches anything containing the trimmed text in lower case, for {@code lower(column) like ...}. */
    public static String containingLowerCase(String text) {
        return containing(text.toLowerCase(Locale.ROOT));
    }
}
