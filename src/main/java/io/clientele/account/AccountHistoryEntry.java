package io.clientele.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line of an account's security history: when, what ({@code SIGN_IN_CLEARED}, {@code PASSWORD_CHANGED},
 * {@code PASSWORD_RESET}), who did it (a username) and an optional detail.
 */
public record AccountHistoryEntry(
        Instant at, String action, String actor, @Nullable String detail) {}
