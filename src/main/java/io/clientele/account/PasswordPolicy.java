package io.clientele.account;

import io.clientele.base.domain.RuleViolationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Length over composition (NIST SP 800-63B): 12 to 128 characters, any characters, but not the username or e-mail
 * and none of the {@value #COMMON_LIST_SIZE_AT_LEAST}+ most common passwords ({@link #COMMON_PASSWORDS}), compared
 * case-insensitively, nor guessable by the patterns of {@link PasswordStrength} (repeats, sequences, keyboard walks,
 * the application's or account's own words, a common word with a few characters added).
 * Violations carry translation keys so forms can put the reason on the field.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** The shipped list of common passwords: gzip, lower case, one a line. */
    public static final String COMMON_PASSWORDS = "/security/common-passwords.txt.gz";

    static final int COMMON_LIST_SIZE_AT_LEAST = 100_000;

    private PasswordPolicy() {}

    /** The translation key of the first rule the password breaks, or null when it is acceptable. */
    public static @Nullable String problem(String password, String username, @Nullable String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return "account.password.too-short";
        }
        if (length > MAX_LENGTH) {
            return "account.password.too-long";
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (lower.equals(username.strip().toLowerCase(Locale.ROOT))
                || (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT)))) {
            return "account.password.same-as-username";
        }
        if (Common.isCommon(lower)) {
            return "account.password.common";
        }
        return PasswordStrength.weakness(password, username, email, Common::isCommonWord);
    }

    /** Throws a {@link RuleViolationException} with the problem's key, if any. */
    public static void check(String password, String username, @Nullable String email) {
        String problem = problem(password, username, email);
        if (problem != null) {
            throw new RuleViolationException(problem, MIN_LENGTH, MAX_LENGTH);
        }
    }

    /**
     * Loaded once, on first use, into sorted arrays: the entries long enough to pass the length rule (shorter ones
     * are refused as too short anyway; about 2,400), and the letters-only words of 4 to 11 characters that guessers
     * pad with digits (about 48,000, ~3 MB), not all 120,000.
     */
    private static final class Common {

        private static final String[] SORTED = load(l -> l.codePointCount(0, l.length()) >= MIN_LENGTH);

        /** Entries of 4 to 11 letters: the words guessers decorate with digits ("password123456"); about 48,000. */
        private static final String[] WORDS = load(
                l -> l.length() >= 4 && l.length() < MIN_LENGTH && l.chars().allMatch(Character::isLetter));

        static boolean isCommon(String lowerCase) {
            return Arrays.binarySearch(SORTED, lowerCase) >= 0;
        }

        static boolean isCommonWord(String lowerCase) {
            return Arrays.binarySearch(WORDS, lowerCase) >= 0;
        }

        private static String[] load(Predicate<String> keep) {
            try (InputStream raw = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
                if (raw == null) {
                    throw new IllegalStateException("Missing " + COMMON_PASSWORDS);
                }
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
                    return in.lines()
                            .map(l -> l.strip().toLowerCase(Locale.ROOT))
                            .filter(keep)
                            .distinct()
                            .sorted()
                            .toArray(String[]::new);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
