package io.clientele.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One client deleted for good, as the deletion log keeps it after the client's rows (its own history included) are
 * gone: who deleted it, when, and the issued documents that went with it.
 */
public record ClientDeletion(
        long clientId,
        String clientName,
        @Nullable String deletedBy,
        Instant deletedAt,
        @Nullable String records) {}
