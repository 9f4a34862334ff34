package io.clientele.statement;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a client's statement log.
 *
 * @param sentBy    who sent it by hand; empty for the job
 * @param lastError why it is still pending or was skipped (a message key), else null
 */
public record StatementLogRow(
        LocalDate from,
        LocalDate to,
        StatementStatus status,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String sentBy,
        @Nullable String recipients,
        int attempts,
        @Nullable String lastError) {}
