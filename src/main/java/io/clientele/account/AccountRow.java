package io.clientele.account;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of the accounts list; {@code contactId} is set for a Client Center login of a contact. */
public record AccountRow(
        long id,
        String displayName,
        String username,
        @Nullable String email,
        AccountType type,
        @Nullable String clientName,
        boolean enabled,
        @Nullable Instant lastLoginAt,
        @Nullable Long contactId) {}
