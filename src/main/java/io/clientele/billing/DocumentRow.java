package io.clientele.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice or quote in a list, read straight from SQL. {@code status} is the type's status name; {@code number}
 * is null for a draft; {@code disputedAt} is always null for a quote.
 */
public record DocumentRow(
        long id,
        @Nullable String number,
        long clientId,
        String clientName,
        LocalDate issueDate,
        @Nullable LocalDate dueDate,
        String currency,
        BigDecimal total,
        BigDecimal balance,
        String status,
        @Nullable Instant clientTrashedAt,
        @Nullable Instant disputedAt) {

    /** The client is in the Trash: the list marks the row. */
    public boolean clientInTrash() {
        return clientTrashedAt != null;
    }

    /** The client disputes the invoice (quotes never are): the list says so, and reminders wait. */
    public boolean disputed() {
        return disputedAt != null;
    }
}
