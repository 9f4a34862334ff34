package io.clientele.billing;

import io.clientele.client.EInvoiceFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One credit note in a list, with the invoice it corrects, read straight from SQL; {@code einvoiceFormat} is the format
 * frozen at issue (null for notes issued before e-invoices).
 */
public record CreditNoteRow(
        long id,
        String number,
        long clientId,
        String clientName,
        LocalDate issueDate,
        String currency,
        BigDecimal total,
        long invoiceId,
        String invoiceNumber,
        @Nullable EInvoiceFormat einvoiceFormat) {

    /** Issued as Factur-X or XRechnung: it has an XML the client's system can read. */
    public boolean einvoice() {
        return einvoiceFormat != null && einvoiceFormat != EInvoiceFormat.PDF;
    }
}
