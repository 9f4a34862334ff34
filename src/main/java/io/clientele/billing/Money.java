package io.clientele.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money arithmetic in one place: amounts carry their currency's scale (2 for EUR, 0 for JPY, 3 for BHD) and round
 * half up, line by line, as invoices are printed.
 */
public final class Money {

    private Money() {}

    public static int scale(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(scale(currency), RoundingMode.HALF_UP);
    }

    public static BigDecimal zero(String currency) {
        return BigDecimal.ZERO.setScale(scale(currency));
    }

    /** quantity × unit price, rounded to the currency. */
    public static BigDecimal lineAmount(BigDecimal quantity, BigDecimal unitPrice, String currency) {
        return round(quantity.multiply(unitPrice), currency);
    }

    /** The tax on a line amount at a percentage rate, rounded to the currency. */
    public static BigDecimal tax(BigDecimal amount, BigDecimal ratePercent, String currency) {
        return round(amount.multiply(ratePercent).movePointLeft(2), currency);
    }
}
