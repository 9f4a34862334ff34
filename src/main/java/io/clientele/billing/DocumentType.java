package io.clientele.billing;

/** Invoices, quotes and credit notes share their shape and their table. */
public enum DocumentType {
    INVOICE("INVOICE"),
    QUOTE("QUOTE"),
    CREDIT_NOTE("CREDIT");

    private final String sequenceKey;

    DocumentType(String sequenceKey) {
        this.sequenceKey = sequenceKey;
    }

    /** The row of {@code number_sequences} (VARCHAR(10)) that numbers this type. */
    String sequenceKey() {
        return sequenceKey;
    }
}
