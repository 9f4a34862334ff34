package io.clientele.client;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the client list, read straight from SQL: only what the grid shows, so a page of rows costs little
 * heap in the user's session.
 */
public record ClientRow(
        long id,
        ClientType type,
        String name,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String location,
        @Nullable String country,
        boolean active,
        BigDecimal balance,
        @Nullable Instant trashedAt) {
}
