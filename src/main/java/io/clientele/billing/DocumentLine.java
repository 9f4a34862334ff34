package io.clientele.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One line of an invoice or quote: what, how many, at what price and tax rate. Owned by its document. */
@Entity
@Table(name = "document_lines")
public class DocumentLine {

    public static final int DESCRIPTION_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private @Nullable BillingDocument document;

    @Column(nullable = false)
    private int position;

    @NotBlank(message = "{billing.line.description.required}")
    @Size(max = DESCRIPTION_MAX)
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @NotNull(message = "{billing.line.quantity.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{billing.line.quantity.positive}")
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal quantity = BigDecimal.ONE;

    @NotNull(message = "{billing.line.price.required}")
    @DecimalMin(value = "0", message = "{billing.line.price.not-negative}")
    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice = BigDecimal.ZERO;

    @NotNull
    @DecimalMin(value = "0", message = "{billing.line.tax.range}")
    @DecimalMax(value = "100", message = "{billing.line.tax.range}")
    @Column(name = "tax_rate", nullable = false, precision = 7, scale = 4)
    private BigDecimal taxRate = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(name = "tax_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal taxAmount = BigDecimal.ZERO;

    public static final int EXEMPTION_REASON_MAX = 300;

    /** BT-130: UN/ECE rec. 20 unit code (see {@link UnitCodes}). */
    @NotBlank
    @Size(max = 3)
    @Column(name = "unit_code", nullable = false, length = 3)
    private String unitCode = UnitCodes.ONE;

    /** BT-151; null on lines stored before categories existed, and refused when an e-invoice is issued. */
    @Enumerated(EnumType.STRING)
    @Column(name = "tax_category", length = 20)
    private @Nullable TaxCategory taxCategory;

    /** BT-120: why no VAT is charged, printed in the e-invoice for exempt, reverse-charge, intra-EU and export. */
    @Size(max = EXEMPTION_REASON_MAX)
    @Column(name = "exemption_reason", length = EXEMPTION_REASON_MAX)
    private @Nullable String exemptionReason;

    /** On a credit note: the invoice line it takes back (by id), so no line is credited beyond its quantity. */
    @Column(name = "source_line_id", updatable = false)
    private @Nullable Long sourceLineId;

    public DocumentLine() {}

    public DocumentLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
        this.description = description;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
        // A positive rate can only be standard; a zero rate says nothing about why (zero, exempt, reverse charge...).
        this.taxCategory = taxRate.signum() > 0 ? TaxCategory.STANDARD : null;
    }

    /** A detached copy for another document (quote to invoice) or an editor, with unit and tax category. */
    public DocumentLine copy() {
        DocumentLine copy = new DocumentLine(description, quantity, unitPrice, taxRate);
        copy.copyTaxOf(this);
        return copy;
    }

    /** A credit note line taking back {@code quantity} of this invoice line. */
    DocumentLine creditOf(BigDecimal quantity) {
        DocumentLine credit = new DocumentLine(description, quantity, unitPrice, taxRate);
        credit.copyTaxOf(this);
        credit.sourceLineId = id;
        return credit;
    }

    /** Takes over unit, tax category and exemption reason of another line (credit notes, quote to invoice). */
    void copyTaxOf(DocumentLine other) {
        this.unitCode = other.unitCode;
        this.taxCategory = other.taxCategory;
        this.exemptionReason = other.exemptionReason;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public @Nullable TaxCategory getTaxCategory() {
        return taxCategory;
    }

    public void setTaxCategory(@Nullable TaxCategory taxCategory) {
        this.taxCategory = taxCategory;
    }

    public @Nullable String getExemptionReason() {
        return exemptionReason;
    }

    public void setExemptionReason(@Nullable String exemptionReason) {
        this.exemptionReason = exemptionReason == null || exemptionReason.isBlank() ? null : exemptionReason.strip();
    }

    public @Nullable Long getSourceLineId() {
        return sourceLineId;
    }

    /**
     * A copy for the document's own editor that keeps the line's identity: saved back, it is the same line, so what
     * links to it (logged time billed on it) still does, and a line the user removed is known to be gone.
     */
    public DocumentLine editableCopy() {
        DocumentLine copy = copy();
        copy.id = id;
        return copy;
    }

    /**
     * This line, as typed in the editor, stands for the stored line {@code lineId} (from {@link #editableCopy}), or
     * for a new one when null. The document's service forgets an id that is not one of its own lines.
     */
    public DocumentLine identifiedAs(@Nullable Long lineId) {
        this.id = lineId;
        return this;
    }

    void forgetIdentity() {
        this.id = null;
    }

    void calculate(String currency) {
        amount = Money.lineAmount(quantity, unitPrice, currency);
        taxAmount = Money.tax(amount, taxRate, currency);
    }

    void attach(BillingDocument owner, int index) {
        this.document = owner;
        this.position = index;
    }

    public @Nullable Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getTaxRate() {
        return taxRate;
    }

    public void setTaxRate(BigDecimal taxRate) {
        this.taxRate = taxRate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getTaxAmount() {
        return taxAmount;
    }
}
