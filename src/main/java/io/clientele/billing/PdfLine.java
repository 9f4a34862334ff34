package io.clientele.billing;

/**
 * One line item as the PDF prints it, already formatted in the client's locale. A JavaBean, not a record: the
 * report's bean data source reads getters.
 */
public class PdfLine {

    private final String description;
    private final String quantity;
    private final String unitPrice;
    private final String taxRate;
    private final String amount;

    public PdfLine(String description, String quantity, String unitPrice, String taxRate, String amount) {
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
        this.amount = amount;
    }

    public String getDescription() {
        return description;
    }

    public String getQuantity() {
        return quantity;
    }

    public String getUnitPrice() {
        return unitPrice;
    }

    public String getTaxRate() {
        return taxRate;
    }

    public String getAmount() {
        return amount;
    }
}
