package io.clientele.billing;

/** Invoices and quotes share their shape and their table. */
public enum DocumentType {
    INVOICE,
    QUOTE
}
