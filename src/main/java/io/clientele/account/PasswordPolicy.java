package io.clientele.account;

import io.clientele.base.domain.RuleViolationException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Length over composition (NIST SP 800-63B): 12 to 128 characters, any characters, but not the username or e-mail.
 * Violations carry translation keys so forms can put the reason on the field.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

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
        return null;
    }

    /** Throws a {@link RuleViolationException} with the problem's key, if any. */
    public static void check(String password, String username, @Nullable String email) {
        String problem = problem(password, username, email);
        if (problem != null) {
            throw new RuleViolationException(problem, MIN_LENGTH, MAX_LENGTH);
        }
    }
}
