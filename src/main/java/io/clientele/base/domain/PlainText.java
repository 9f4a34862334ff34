package io.clientele.base.domain;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Single-line text as people type it, without the characters nobody sees: bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), zero-width spaces and joiners, the byte-order mark, soft hyphens and control
 * characters. Kept, they make look-alikes: "ad\u200Bmin" reads as "admin", and a right-to-left override shows
 * "\u202Egpj.exe" as "exe.jpg". Names, e-mail addresses and numbers go through {@link #clean} on their way in.
 */
public final class PlainText {

    /** Unicode "format" (Cf) and "control" (Cc) characters, and the line and paragraph separators. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}\\u2028\\u2029]");

    private PlainText() {}

    /** The text without invisible characters; null stays null. */
    public static @Nullable String clean(@Nullable String text) {
        return text == null ? null : INVISIBLE.matcher(text).replaceAll("");
    }

    /** {@link #clean} for a value that is never null. */
    public static String cleanNonNull(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }
}
