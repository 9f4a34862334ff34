package io.clientele.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The guessability checks behind {@link PasswordPolicy} (ASVS 6.2.11/6.2.12, in the spirit of zxcvbn, which is not
 * served here): after the length rule and the common-password list, a password is refused when most of it is one
 * of the patterns guessing tools try first, each with its own reason:
 *
 * <ul>
 *   <li><b>repeated</b>: fewer than 5 different characters, or one short unit over and over ({@code zzzzzzzzzzzz},
 *       {@code abcabcabcabc});
 *   <li><b>sequence</b>: three quarters of it in runs of 3+ consecutive letters or digits, either way
 *       ({@code abcdefghijkl}, {@code 987654321000});
 *   <li><b>keyboard</b>: three quarters of it in runs of 3+ neighbouring keys of a QWERTY, QWERTZ or AZERTY row
 *       ({@code qwertyuiopas});
 *   <li><b>context</b>: its letters are only words of this application or account (clientele, admin, the username,
 *       the e-mail's parts, "password" in four languages), whatever digits and symbols surround them
 *       ({@code clientele-2026}, {@code admin-clientele});
 *   <li><b>common</b>: a common password (the shipped list's words of 4 to 11 letters) with at most six digits or
 *       symbols added before or after ({@code password123456}).
 * </ul>
 *
 * No composition rule: a long passphrase of ordinary words passes.
 */
final class PasswordStrength {

    /** Share of the password a pattern must cover to make it guessable. */
    private static final double COVERAGE = 0.75;

    private static final String[] KEYBOARD_ROWS = {
        "1234567890",
        "qwertyuiop",
        "asdfghjkl",
        "zxcvbnm",
        "qwertzuiop",
        "yxcvbnm",
        "azertyuiop",
        "qsdfghjklm",
        "wxcvbn"
    };

    private static final List<String> APP_WORDS = List.of(
            "clientele",
            "client",
            "admin",
            "administrator",
            "password",
            "passwort",
            "motdepasse",
            "contrasena",
            "contraseña",
            "login",
            "user",
            "welcome",
            "invoice",
            "billing");

    private PasswordStrength() {}

    /** The translation key of the weakness found, or null. {@code commonWord} tells whether a word is common. */
    static @Nullable String weakness(
            String password, String username, @Nullable String email, Predicate<String> commonWord) {
        String p = password.strip().toLowerCase(Locale.ROOT);
        if (isRepeated(p)) {
            return "account.password.weak.repeated";
        }
        if (coveredByRuns(p, PasswordStrength::sequential) >= COVERAGE) {
            return "account.password.weak.sequence";
        }
        if (coveredByRuns(p, PasswordStrength::neighbourKeys) >= COVERAGE) {
            return "account.password.weak.keyboard";
        }
        String core = p.replaceAll("^[^\\p{L}]{0,6}", "").replaceAll("[^\\p{L}]{0,6}$", "");
        if (core.length() < p.length() && core.chars().allMatch(Character::isLetter) && commonWord.test(core)) {
            return "account.password.weak.common";
        }
        String letters = p.replaceAll("[^\\p{L}]", "");
        if (!letters.isEmpty() && composedOf(letters, contextWords(username, email))) {
            return "account.password.weak.context";
        }
        return null;
    }

    private static boolean isRepeated(String p) {
        if (p.codePoints().distinct().count() < 5) {
            return true;
        }
        for (int unit = 1; unit <= p.length() / 2; unit++) {
            if (p.length() % unit == 0 && p.substring(unit).equals(p.substring(0, p.length() - unit))) {
                return true;
            }
        }
        return false;
    }

    private interface Step {
        boolean follows(char previous, char next, int direction);
    }

    /** Share of characters in runs of at least 3 where each character follows the previous one the same way. */
    private static double coveredByRuns(String p, Step step) {
        int covered = 0;
        int i = 0;
        while (i < p.length()) {
            int best = 1;
            for (int direction : new int[] {1, -1}) {
                int j = i + 1;
                while (j < p.length() && step.follows(p.charAt(j - 1), p.charAt(j), direction)) {
                    j++;
                }
                best = Math.max(best, j - i);
            }
            if (best >= 3) {
                covered += best;
                i += best;
            } else {
                i++;
            }
        }
        return p.isEmpty() ? 0 : (double) covered / p.length();
    }

    private static boolean sequential(char previous, char next, int direction) {
        boolean sameKind = (Character.isLetter(previous) && Character.isLetter(next))
                || (Character.isDigit(previous) && Character.isDigit(next));
        if (!sameKind) {
            return false;
        }
        // 8-9-0 counts as a run, like on the keyboard's digit row.
        int step = next - previous;
        return step == direction || (Character.isDigit(previous) && step == -9 * direction);
    }

    private static boolean neighbourKeys(char previous, char next, int direction) {
        for (String row : KEYBOARD_ROWS) {
            int at = row.indexOf(previous);
            if (at >= 0 && at + direction >= 0 && at + direction < row.length() && row.charAt(at + direction) == next) {
                return true;
            }
        }
        return false;
    }

    private static List<String> contextWords(String username, @Nullable String email) {
        List<String> words = new ArrayList<>(APP_WORDS);
        addParts(words, username);
        if (email != null) {
            addParts(words, email);
        }
        return words;
    }

    private static void addParts(List<String> words, String text) {
        for (String part : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (part.length() >= 3) {
                words.add(part);
            }
        }
    }

    /** Whether the letters are nothing but context words one after another. */
    private static boolean composedOf(String letters, List<String> words) {
        boolean[] reachable = new boolean[letters.length() + 1];
        reachable[0] = true;
        for (int i = 0; i < letters.length(); i++) {
            if (!reachable[i]) {
                continue;
            }
            for (String word : words) {
                if (letters.startsWith(word, i)) {
                    reachable[i + word.length()] = true;
                }
            }
        }
        return reachable[letters.length()];
    }
}
