package io.clientele.billing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document's line amounts collected per tax rate, and the tax they owe: rounded once per rate on the rate's basis,
 * as EN 16931 computes it (BR-CO-17: category tax = category basis x rate). Rounding each line first could put the
 * printed total a cent or more away from the e-invoice's. The one place of this rule: documents, the line editor's
 * preview and the demo data all add up through it.
 */
public final class TaxBasis {

    private final Map<BigDecimal, BigDecimal> byRate = new LinkedHashMap<>();

    /** Adds a line's amount (net, rounded to the currency) at its rate in percent. */
    public TaxBasis add(BigDecimal amount, BigDecimal ratePercent) {
        byRate.merge(ratePercent.stripTrailingZeros(), amount, BigDecimal::add);
        return this;
    }

    /** The tax of all lines added, rounded per rate to the currency's minor unit. */
    public BigDecimal tax(String currency) {
        BigDecimal tax = Money.zero(currency);
        for (Map.Entry<BigDecimal, BigDecimal> rate : byRate.entrySet()) {
            tax = tax.add(Money.tax(rate.getValue(), rate.getKey(), currency));
        }
        return tax;
    }
}
