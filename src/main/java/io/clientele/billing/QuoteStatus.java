package io.clientele.billing;

/** Where a quote stands; approved quotes convert into invoices. */
public enum QuoteStatus {
    DRAFT,
    SENT,
    VIEWED,
    APPROVED,
    REJECTED,
    /** Turned into an invoice; final. */
    CONVERTED
}
