package io.clientele.billing;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.EInvoiceFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What EN 16931 (and, for XRechnung, the German CIUS) demands of a document before an e-invoice is made of it, checked
 * on the data that will be frozen (or was): each refusal names the field to fill and the business rule (BR-xx) that
 * asks for it, so the seller learns it at issue, not from the recipient's rejection.
 */
final class EInvoiceRules {

    private static final Set<TaxCategory> NEED_SELLER_VAT_ID =
            EnumSet.of(TaxCategory.REVERSE_CHARGE, TaxCategory.INTRA_COMMUNITY, TaxCategory.EXPORT);

    private EInvoiceRules() {}

    /**
     * Refuses the first thing that would make the e-invoice invalid.
     *
     * @throws RuleViolationException with an {@code einvoice.missing.*} or {@code einvoice.line.*} key; the first
     *     argument is always the business rule
     */
    static void check(BillingDocument document, Parties parties, EInvoiceParties e, EInvoiceFormat format) {
        if (format == EInvoiceFormat.PDF) {
            return;
        }
        require(parties.sellerName(), "BR-6", "einvoice.missing.seller-name");
        require(e.getSellerCountry(), "BR-9", "einvoice.missing.seller-country");
        require(e.getBuyerCountry(), "BR-11", "einvoice.missing.buyer-country", parties.buyerName());
        List<DocumentLine> lines = document.getLines();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            TaxCategory category = line.getTaxCategory();
            int n = i + 1;
            if (category == null) {
                throw new RuleViolationException("einvoice.line.no-category", "BR-CO-4", n);
            }
            if (category.zeroRated() && line.getTaxRate().signum() != 0) {
                throw new RuleViolationException("einvoice.line.rate-not-zero", category.zeroRateRule(), n);
            }
            if (!category.zeroRated() && line.getTaxRate().signum() <= 0) {
                throw new RuleViolationException("einvoice.line.rate-zero", "BR-S-5", n);
            }
            if (category.needsExemptionReason() && blank(line.getExemptionReason())) {
                throw new RuleViolationException("einvoice.line.no-reason", category.exemptionRule(), n);
            }
            if (NEED_SELLER_VAT_ID.contains(category)) {
                require(
                        e.getSellerVatId(),
                        category.code().equals("G") ? "BR-G-2" : rule2(category),
                        "einvoice.missing.seller-vat-id");
            } else if (blank(e.getSellerVatId()) && blank(e.getSellerTaxNumber())) {
                throw new RuleViolationException("einvoice.missing.seller-tax-id", rule2(category));
            }
            if (category == TaxCategory.REVERSE_CHARGE || category == TaxCategory.INTRA_COMMUNITY) {
                require(parties.buyerTaxId(), rule2(category), "einvoice.missing.buyer-vat-id", parties.buyerName());
            }
        }
        if (format == EInvoiceFormat.XRECHNUNG) {
            require(e.getBuyerReference(), "BR-DE-15", "einvoice.missing.buyer-reference", parties.buyerName());
            require(e.getSellerCity(), "BR-DE-3", "einvoice.missing.seller-city");
            require(e.getSellerPostalCode(), "BR-DE-4", "einvoice.missing.seller-postal-code");
            require(e.getSellerContactName(), "BR-DE-5", "einvoice.missing.seller-contact");
            require(e.getSellerPhone(), "BR-DE-6", "einvoice.missing.seller-phone");
            require(e.getSellerEmail(), "BR-DE-7", "einvoice.missing.seller-email");
            require(e.getBuyerCity(), "BR-DE-8", "einvoice.missing.buyer-city", parties.buyerName());
            require(e.getBuyerPostalCode(), "BR-DE-9", "einvoice.missing.buyer-postal-code", parties.buyerName());
            require(e.getSellerIban(), "BR-DE-1", "einvoice.missing.seller-iban");
            require(e.getSellerEndpointId(), "BT-34, XRechnung 3", "einvoice.missing.seller-endpoint");
            require(
                    e.getBuyerEndpointId(),
                    "BT-49, XRechnung 3",
                    "einvoice.missing.buyer-endpoint",
                    parties.buyerName());
        }
    }

    private static String rule2(TaxCategory category) {
        return "BR-"
                + switch (category) {
                    case STANDARD -> "S";
                    case ZERO -> "Z";
                    case EXEMPT -> "E";
                    case REVERSE_CHARGE -> "AE";
                    case INTRA_COMMUNITY -> "IC";
                    case EXPORT -> "G";
                }
                + "-2";
    }

    private static void require(@Nullable String value, String rule, String key, Object... more) {
        if (blank(value)) {
            Object[] args = new Object[more.length + 1];
            args[0] = rule;
            System.arraycopy(more, 0, args, 1, more.length);
            throw new RuleViolationException(key, args);
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
