package io.clientele.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money arithmetic in one place: amounts carry their currency's scale (2 for EUR, 0 for JPY, 3 for BHD) and round
 * half up, line by line, as invoices are printed.
 */
public final class Money {

    /** The columns are DECIMAL(19,4): 15 digits before the point. */
    static final BigDecimal LIMIT = new BigDecimal("1E15");

    /** The largest amount, quantity or price a document holds, as the messages show it. */
    public static final String MAX_SHOWN = "999,999,999,999,999";

    private Money() {}

    /** Whether the value (quantity, price, amount or total) fits the DECIMAL(19,4) columns. */
    public static boolean fits(BigDecimal value) {
        return value.abs().compareTo(LIMIT) < 0;
    }

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
