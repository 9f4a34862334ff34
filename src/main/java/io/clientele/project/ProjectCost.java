package io.clientele.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money arithmetic for project costs: amounts are kept in the client's currency at that currency's scale. */
public final class ProjectCost {

    private ProjectCost() {}

    /**
     * Decimals an amount in this currency has: 2 for EUR, 0 for JPY, 3 for KWD. Pseudo-currencies such as gold (XAU)
     * have none defined; they keep the four decimals rates and prices are stored with rather than losing them.
     */
    public static int scale(String currencyCode) {
        int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
        return digits < 0 ? Project.MONEY_FRACTION_DIGITS : digits;
    }

    /** The amount rounded half-up to the currency's scale, as it would appear on an invoice. */
    public static BigDecimal round(BigDecimal amount, String currencyCode) {
        return amount.setScale(scale(currencyCode), RoundingMode.HALF_UP);
    }
}
