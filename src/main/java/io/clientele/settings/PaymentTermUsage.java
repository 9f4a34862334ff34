package io.clientele.settings;

/**
 * Tells whether anything still refers to a payment term. Features that store payment terms (clients, invoices)
 * implement it, so that settings can refuse to delete a term in use without depending on them.
 */
public interface PaymentTermUsage {

    long countUsing(long paymentTermId);
}
