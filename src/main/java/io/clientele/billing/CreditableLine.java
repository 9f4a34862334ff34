package io.clientele.billing;

import java.math.BigDecimal;

/**
 * One line of an issued invoice as a credit note may take it back: what was invoiced and how much of its quantity is
 * still creditable.
 */
public record CreditableLine(
        long lineId,
        String description,
        BigDecimal quantity,
        BigDecimal remainingQuantity,
        BigDecimal unitPrice,
        BigDecimal taxRate,
        BigDecimal amount) {}
