package io.clientele.recurring;

import io.clientele.billing.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An invoice a profile created, for its list.
 *
 * @param number null while a draft, or when the draft was deleted since
 * @param status null when the invoice no longer exists (a deleted draft)
 */
public record RecurringRunRow(
        int periodIndex,
        LocalDate periodStart,
        long invoiceId,
        @Nullable String number,
        @Nullable InvoiceStatus status,
        Instant createdAt) {}
