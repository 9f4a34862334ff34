package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment in a list, with the invoice and client it belongs to. */
public record PaymentRow(
        long id,
        String reference,
        PaymentMethod method,
        long invoiceId,
        String invoiceNumber,
        long clientId,
        String clientName,
        BigDecimal amount,
        String currency,
        LocalDate date) {}
