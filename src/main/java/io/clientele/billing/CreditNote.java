package io.clientele.billing;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Transient;

/**
 * Takes back all or part of an issued invoice. Issued the moment it is created (it has no draft state), with a number
 * of its own sequence, in the invoice's currency and language; never edited or deleted afterwards. Its amounts are
 * positive: what is credited.
 */
@Entity
@DiscriminatorValue("CREDIT")
public class CreditNote extends BillingDocument {

    @Column(name = "credited_invoice_id", updatable = false)
    private Long invoiceId = 0L;

    /** The invoice's number, for lists and the PDF; read with the note, never stored twice. */
    @Transient
    private String invoiceNumber = "";

    protected CreditNote() {
        statusCode = "ISSUED";
    }

    CreditNote(long invoiceId, String invoiceNumber) {
        this();
        this.invoiceId = invoiceId;
        this.invoiceNumber = invoiceNumber;
    }

    @Override
    public DocumentType getType() {
        return DocumentType.CREDIT_NOTE;
    }

    /** The invoice this note corrects. */
    public long getInvoiceId() {
        return invoiceId;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }
}
