package io.clientele.billing;

/**
 * An invoice no longer charges what it billed: a draft was deleted, or an issued invoice was credited in full
 * (cancelled). Published inside the transaction that did it, so what other features linked to the invoice (time
 * entries, milestones) is released with it or not at all.
 */
public record InvoiceWithdrawn(long invoiceId, long clientId) {}
