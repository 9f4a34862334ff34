package io.clientele.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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
        LocalDate date,
        @Nullable Instant clientTrashedAt) {

    /** The client is in the Trash: the list marks the row. */
    public boolean clientInTrash() {
        return clientTrashedAt != null;
    }
}
