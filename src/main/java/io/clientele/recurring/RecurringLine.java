package io.clientele.recurring;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * One line each invoice of a profile repeats. The description may hold {@code {month}}, {@code {year}} and
 * {@code {period}}, filled in for the period in the client's language.
 */
@Embeddable
public class RecurringLine {

    public static final int DESCRIPTION_MAX = 1000;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity = BigDecimal.ONE;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice = BigDecimal.ZERO;

    @Column(name = "tax_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal taxRate = BigDecimal.ZERO;

    protected RecurringLine() {}

    public RecurringLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }
}
