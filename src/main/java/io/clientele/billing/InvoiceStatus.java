package io.clientele.billing;

/** Where an invoice stands; derived from its dates and balance, never set by hand. */
public enum InvoiceStatus {
    DRAFT,
    SENT,
    VIEWED,
    PAID,
    OVERDUE,
    /** Fully credited: credit notes took back the whole total. */
    CANCELLED
}
