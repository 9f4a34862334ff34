package io.clientele.billing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.ui.Fields;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Money;
import io.clientele.billing.TaxBasis;
import io.clientele.billing.TaxCategory;
import io.clientele.billing.UnitCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The line items of an invoice or quote as editable rows, with subtotal, tax and total recomputed as the user types,
 * by the same rounding rules the service applies.
 */
class LinesEditor extends Composite<VerticalLayout> {

    final List<LineRow> rows = new ArrayList<>();
    final Button addLine = new Button();
    final Span subtotal = new Span();
    final Span tax = new Span();
    final Span total = new Span();
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private String currency = "EUR";

    LinesEditor() {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.setSpacing(false);
        root.addClassName("lines-editor");
        rowsLayout.setPadding(false);
        rowsLayout.setSpacing(false);
        addLine.setId("add-line");
        addLine.setText(getTranslation("billing.line.add"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.addThemeVariants(ButtonVariant.TERTIARY);
        addLine.addClickListener(e -> addRow(newLine()));
        subtotal.setId("lines-subtotal");
        tax.setId("lines-tax");
        total.setId("lines-total");
        Div totals = new Div(
                totalLine("billing.subtotal", subtotal),
                totalLine("billing.tax", tax),
                totalLine("billing.total", total));
        totals.addClassName("lines-totals");
        root.add(rowsLayout, addLine, totals);
    }

    private static HorizontalLayout totalLine(String key, Span value) {
        Span label = new Span(value.getTranslation(key));
        HorizontalLayout line = new HorizontalLayout(label, value);
        line.addClassName("total-line");
        return line;
    }

    void setLines(List<DocumentLine> lines, String currencyCode) {
        this.currency = currencyCode;
        rows.clear();
        rowsLayout.removeAll();
        lines.forEach(this::addRow);
        if (rows.isEmpty()) {
            addRow(newLine());
        }
        recompute();
    }

    /** A blank line; its tax category follows the rate typed (see {@link LineRow}) unless chosen. */
    private static DocumentLine newLine() {
        return new DocumentLine("", BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    void setCurrency(String currencyCode) {
        this.currency = currencyCode;
        recompute();
    }

    private void addRow(DocumentLine line) {
        LineRow row = new LineRow(this, rows.size(), line);
        rows.add(row);
        rowsLayout.add(row);
        recompute();
    }

    void remove(LineRow row) {
        rows.remove(row);
        rowsLayout.remove(row);
        recompute();
    }

    /** The lines as typed, valid or not (for comparing with a stored version). */
    List<DocumentLine> currentLines() {
        return rows.stream().map(LineRow::toLine).toList();
    }

    String currency() {
        return currency;
    }

    /** The lines as typed, or empty when a field is invalid (each invalid field then says why). */
    Optional<List<DocumentLine>> validLines() {
        boolean ok = true;
        List<DocumentLine> lines = new ArrayList<>();
        for (LineRow row : rows) {
            ok &= row.validate();
            lines.add(row.toLine());
        }
        return ok ? Optional.of(lines) : Optional.empty();
    }

    void recompute() {
        BigDecimal sub = Money.zero(currency);
        TaxBasis basis = new TaxBasis();
        for (LineRow row : rows) {
            BigDecimal amount =
                    Money.lineAmount(orZero(row.quantity.getValue()), orZero(row.unitPrice.getValue()), currency);
            row.amount.setText(LocalizedFormat.money(amount, currency, getLocale()));
            sub = sub.add(amount);
            basis.add(amount, orZero(row.taxRate.getValue()));
        }
        BigDecimal taxSum = basis.tax(currency);
        subtotal.setText(LocalizedFormat.money(sub, currency, getLocale()));
        tax.setText(LocalizedFormat.money(taxSum, currency, getLocale()));
        total.setText(LocalizedFormat.money(sub.add(taxSum), currency, getLocale()));
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** One editable line. */
    static class LineRow extends HorizontalLayout {

        final TextField description = new TextField();
        final BigDecimalField quantity = new BigDecimalField();
        final BigDecimalField unitPrice = new BigDecimalField();
        final BigDecimalField taxRate = new BigDecimalField();
        final ComboBox<String> unit = new ComboBox<>();
        final ComboBox<TaxCategory> taxCategory = new ComboBox<>();
        final TextField exemptionReason = new TextField();
        final Span amount = new Span();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
        /** The stored line this row edits (null for a row added here): saved, it stays that line. */
        private final @Nullable Long lineId;

        LineRow(LinesEditor owner, int index, DocumentLine line) {
            this.lineId = line.getId();
            addClassName("line-row");
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            description.setPlaceholder(getTranslation("billing.line.description"));
            description.setAriaLabel(getTranslation("billing.line.description"));
            Fields.limit(description, DocumentLine.DESCRIPTION_MAX);
            description.setValue(line.getDescription());
            description.setId("line-description-" + index);
            quantity.setLabel(getTranslation("billing.line.quantity"));
            quantity.setValue(line.getQuantity().stripTrailingZeros());
            quantity.setWidth("7rem");
            quantity.setId("line-quantity-" + index);
            unitPrice.setLabel(getTranslation("billing.line.unit-price"));
            unitPrice.setValue(line.getUnitPrice().stripTrailingZeros());
            unitPrice.setWidth("9rem");
            unitPrice.setId("line-price-" + index);
            taxRate.setLabel(getTranslation("billing.line.tax-rate"));
            taxRate.setValue(line.getTaxRate().stripTrailingZeros());
            taxRate.setWidth("6rem");
            taxRate.setSuffixComponent(new Span("%"));
            taxRate.setId("line-tax-" + index);
            unit.setLabel(getTranslation("einvoice.line.unit"));
            unit.setItems(UnitCodes.ALL);
            unit.setItemLabelGenerator(code -> getTranslation("einvoice.unit." + code));
            unit.setValue(UnitCodes.ALL.contains(line.getUnitCode()) ? line.getUnitCode() : UnitCodes.ONE);
            unit.setWidth("8rem");
            unit.setId("line-unit-" + index);
            taxCategory.setLabel(getTranslation("einvoice.line.tax-category"));
            taxCategory.setItems(TaxCategory.values());
            taxCategory.setItemLabelGenerator(c -> getTranslation("einvoice.tax-category." + c.name()));
            taxCategory.setValue(line.getTaxCategory());
            taxCategory.setWidth("11rem");
            taxCategory.setId("line-tax-category-" + index);
            exemptionReason.setLabel(getTranslation("einvoice.line.exemption-reason"));
            Fields.limit(exemptionReason, DocumentLine.EXEMPTION_REASON_MAX);
            exemptionReason.setValue(line.getExemptionReason() == null ? "" : line.getExemptionReason());
            exemptionReason.setId("line-exemption-reason-" + index);
            showExemptionReason();
            taxCategory.addValueChangeListener(e -> {
                // Every category but standard charges no VAT: set the rate the rules demand instead of refusing it.
                if (e.getValue() != null && e.getValue().zeroRated()) {
                    taxRate.setValue(BigDecimal.ZERO);
                }
                showExemptionReason();
            });
            amount.addClassName("line-amount");
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("billing.line.remove"));
            remove.setId("line-remove-" + index);
            remove.addClickListener(e -> owner.remove(this));
            description.setLabel(getTranslation("billing.line.description"));
            add(description, quantity, unit, unitPrice, taxRate, taxCategory, exemptionReason, amount, remove);
            expand(description);
            quantity.addValueChangeListener(e -> owner.recompute());
            unitPrice.addValueChangeListener(e -> owner.recompute());
            taxRate.addValueChangeListener(e -> {
                // A positive rate can only be standard VAT: fill the category the user would otherwise have to pick.
                if (taxCategory.getValue() == null
                        && e.getValue() != null
                        && e.getValue().signum() > 0) {
                    taxCategory.setValue(TaxCategory.STANDARD);
                }
                owner.recompute();
            });
        }

        boolean validate() {
            boolean ok = check(
                    description.getValue() != null && !description.getValue().isBlank(),
                    description,
                    "billing.line.description.required");
            BigDecimal q = quantity.getValue();
            // Beyond the DECIMAL(19,4) columns the save would fail without a word: say so on the field.
            ok &= checkNumber(q != null && q.signum() > 0, quantity, "billing.line.quantity.positive")
                    && checkNumber(Money.fits(q), quantity, "billing.line.field.too-large", Money.MAX_SHOWN);
            BigDecimal p = unitPrice.getValue();
            ok &= checkNumber(p != null && p.signum() >= 0, unitPrice, "billing.line.price.not-negative")
                    && checkNumber(
                            Money.fits(p) && (q == null || Money.fits(q.multiply(p))),
                            unitPrice,
                            "billing.line.field.too-large",
                            Money.MAX_SHOWN);
            BigDecimal t = taxRate.getValue();
            ok &= checkNumber(
                    t != null && t.signum() >= 0 && t.compareTo(BigDecimal.valueOf(100)) <= 0,
                    taxRate,
                    "billing.line.tax.range");
            // No category is allowed while drafting; issuing an e-invoice asks for one (BR-CO-4 at issue).
            TaxCategory category = taxCategory.getValue();
            if (category != null && t != null && category.zeroRated() && t.signum() != 0) {
                ok &= checkNumber(false, taxRate, "einvoice.line.rate-must-be-zero");
            }
            if (category != null && category.needsExemptionReason()) {
                ok &= check(
                        !exemptionReason.getValue().isBlank(),
                        exemptionReason,
                        "einvoice.line.exemption-reason.required");
            }
            return ok;
        }

        private void showExemptionReason() {
            TaxCategory category = taxCategory.getValue();
            exemptionReason.setVisible(category != null && category.needsExemptionReason());
        }

        private boolean check(boolean valid, TextField field, String key) {
            field.setInvalid(!valid);
            field.setErrorMessage(valid ? null : getTranslation(key));
            return valid;
        }

        private boolean checkNumber(boolean valid, BigDecimalField field, String key, Object... args) {
            field.setInvalid(!valid);
            field.setErrorMessage(valid ? null : getTranslation(key, args));
            return valid;
        }

        DocumentLine toLine() {
            DocumentLine line = new DocumentLine(
                    description.getValue().strip(),
                    orZero(quantity.getValue()),
                    orZero(unitPrice.getValue()),
                    orZero(taxRate.getValue()));
            line.identifiedAs(lineId);
            line.setUnitCode(unit.getValue() == null ? UnitCodes.ONE : unit.getValue());
            line.setTaxCategory(taxCategory.getValue());
            TaxCategory category = taxCategory.getValue();
            line.setExemptionReason(
                    category != null && category.needsExemptionReason() ? exemptionReason.getValue() : null);
            return line;
        }
    }
}
