package io.clientele.billing;

/**
 * EN 16931 VAT category of a line (BT-151, UNCL 5305 codes). Every category but standard and zero-rated needs an
 * exemption reason on the e-invoice (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10), and all but standard carry a rate of 0.
 */
public enum TaxCategory {
    STANDARD("S"),
    ZERO("Z"),
    EXEMPT("E"),
    REVERSE_CHARGE("AE"),
    INTRA_COMMUNITY("K"),
    EXPORT("G");

    private final String code;

    TaxCategory(String code) {
        this.code = code;
    }

    /** The UNCL 5305 code written into the e-invoice. */
    public String code() {
        return code;
    }

    /** Whether the e-invoice must state why no VAT is charged (BT-120 / BT-121). */
    public boolean needsExemptionReason() {
        return this != STANDARD && this != ZERO;
    }

    /** Whether the rate must be zero (every category but standard, BR-Z-5, BR-E-5, BR-AE-5, BR-IC-5, BR-G-5). */
    public boolean zeroRated() {
        return this != STANDARD;
    }

    /** The business rule requiring an exemption reason for this category, for the message at issue. */
    String exemptionRule() {
        return switch (this) {
            case EXEMPT -> "BR-E-10";
            case REVERSE_CHARGE -> "BR-AE-10";
            case INTRA_COMMUNITY -> "BR-IC-10";
            case EXPORT -> "BR-G-10";
            default -> "";
        };
    }

    /** The business rule requiring a zero rate for this category. */
    String zeroRateRule() {
        return switch (this) {
            case ZERO -> "BR-Z-5";
            case EXEMPT -> "BR-E-5";
            case REVERSE_CHARGE -> "BR-AE-5";
            case INTRA_COMMUNITY -> "BR-IC-5";
            case EXPORT -> "BR-G-5";
            default -> "BR-S-5";
        };
    }
}
