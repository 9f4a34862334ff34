package io.clientele.dunning;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of an invoice's reminder log.
 *
 * @param step             1 to 3 for the scheduled steps, 0 for one sent by hand
 * @param sentBy           who sent it by hand; null for the job
 * @param lastError        why it is still pending or was skipped (a message key), else null
 * @param feeInvoiceNumber the late-fee invoice it named, or null
 */
public record ReminderLogRow(
        int step,
        ReminderStatus status,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable String sentBy,
        @Nullable String recipients,
        int attempts,
        @Nullable String lastError,
        @Nullable String feeInvoiceNumber) {}
