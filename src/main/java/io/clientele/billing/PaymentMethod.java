package io.clientele.billing;

/** How a payment arrived. */
public enum PaymentMethod {
    CASH,
    BANK_TRANSFER,
    CARD,
    PAYPAL,
    STRIPE,
    OTHER
}
