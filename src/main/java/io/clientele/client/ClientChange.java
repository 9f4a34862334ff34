package io.clientele.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a client's history as the overview shows it.
 *
 * @param field     the attribute's name in {@link Client} (e.g. {@code email}, {@code billingAddress.city})
 * @param changedBy the user's name at the time; null for the system (imports, start-up work)
 */
public record ClientChange(
        long id,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String changedBy,
        Instant changedAt) {}
