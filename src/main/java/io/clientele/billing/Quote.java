package io.clientele.billing;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import org.jspecify.annotations.Nullable;

/** An offer to a client; once approved it converts into an invoice in one action. */
@Entity
@DiscriminatorValue("QUOTE")
public class Quote extends BillingDocument {

    @Column(name = "converted_invoice_id")
    private @Nullable Long convertedInvoiceId;

    @Override
    public DocumentType getType() {
        return DocumentType.QUOTE;
    }

    public QuoteStatus getStatus() {
        return QuoteStatus.valueOf(statusCode);
    }

    void setStatus(QuoteStatus status) {
        statusCode = status.name();
    }

    public @Nullable Long getConvertedInvoiceId() {
        return convertedInvoiceId;
    }

    void setConvertedInvoiceId(@Nullable Long convertedInvoiceId) {
        this.convertedInvoiceId = convertedInvoiceId;
    }
}
