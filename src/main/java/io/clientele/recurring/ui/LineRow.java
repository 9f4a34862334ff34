package io.clientele.recurring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ui.Fields;
import io.clientele.recurring.RecurringLine;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One line of a profile in its editor: description (with placeholders), quantity, unit price, tax rate. */
class LineRow extends HorizontalLayout {

    final TextField description = new TextField();
    final BigDecimalField quantity = new BigDecimalField();
    final BigDecimalField unitPrice = new BigDecimalField();
    final BigDecimalField taxRate = new BigDecimalField();
    final Button remove = new Button(VaadinIcon.TRASH.create());

    LineRow(@Nullable RecurringLine line) {
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        description.setLabel(getTranslation("recurring.line.description"));
        description.setHelperText(getTranslation("recurring.line.description.help"));
        Fields.limit(description, RecurringLine.DESCRIPTION_MAX);
        description.setRequired(true);
        quantity.setLabel(getTranslation("recurring.line.quantity"));
        unitPrice.setLabel(getTranslation("recurring.line.price"));
        taxRate.setLabel(getTranslation("recurring.line.tax"));
        quantity.setWidth("6rem");
        unitPrice.setWidth("8rem");
        taxRate.setWidth("6rem");
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setAriaLabel(getTranslation("recurring.line.remove"));
        description.setValue(line == null ? "" : line.getDescription());
        quantity.setValue(line == null ? BigDecimal.ONE : line.getQuantity().stripTrailingZeros());
        unitPrice.setValue(line == null ? null : line.getUnitPrice().stripTrailingZeros());
        taxRate.setValue(line == null ? BigDecimal.ZERO : line.getTaxRate().stripTrailingZeros());
        add(description, quantity, unitPrice, taxRate, remove);
        setFlexGrow(1, description);
    }

    /** The line as typed, or null after marking the first empty field invalid. */
    @Nullable
    RecurringLine read() {
        boolean ok = true;
        if (description.getValue().isBlank()) {
            description.setErrorMessage(getTranslation("recurring.line.description.required.field"));
            description.setInvalid(true);
            ok = false;
        }
        ok &= required(quantity) & required(unitPrice) & required(taxRate);
        if (!ok) {
            return null;
        }
        return new RecurringLine(
                description.getValue().strip(), quantity.getValue(), unitPrice.getValue(), taxRate.getValue());
    }

    private boolean required(BigDecimalField field) {
        if (field.getValue() == null) {
            field.setErrorMessage(getTranslation("recurring.line.number.required"));
            field.setInvalid(true);
            return false;
        }
        field.setInvalid(false);
        return true;
    }
}
