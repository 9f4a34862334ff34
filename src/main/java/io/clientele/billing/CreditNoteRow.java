package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One credit note in a list, with the invoice it corrects, read straight from SQL. */
public record CreditNoteRow(
        long id,
        String number,
        long clientId,
        String clientName,
        LocalDate issueDate,
        String currency,
        BigDecimal total,
        long invoiceId,
        String invoiceNumber) {}
