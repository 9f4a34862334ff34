package io.clientele.billing;

import org.jspecify.annotations.Nullable;

/**
 * Who a document is from and to, as printed: the seller's company details and the buyer's name, tax ID and addresses
 * (each already formatted as lines), and the document's language. Frozen on a document when it is issued.
 */
public record Parties(
        @Nullable String sellerName,
        @Nullable String sellerAddress,
        @Nullable String sellerTaxId,
        @Nullable String buyerName,
        @Nullable String buyerTaxId,
        @Nullable String billingAddress,
        @Nullable String shippingAddress,
        @Nullable String language) {

    /** Whether the seller block would be empty: Settings hold no company details yet. */
    public boolean sellerMissing() {
        return sellerName == null || sellerName.isBlank();
    }

    /** The shipping address worth printing: only when it differs from the billing address. */
    public @Nullable String distinctShippingAddress() {
        if (shippingAddress == null || shippingAddress.isBlank() || shippingAddress.equals(billingAddress)) {
            return null;
        }
        return shippingAddress;
    }
}
