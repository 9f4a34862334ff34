package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One invoice or quote in a list, read straight from SQL. {@code status} is the type's status name; {@code number}
 * is null for a draft.
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
        String status) {}
