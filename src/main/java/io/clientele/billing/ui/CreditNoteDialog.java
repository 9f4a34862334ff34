package io.clientele.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.CreditNote;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.CreditableLine;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.Invoice;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A partial credit note for an issued invoice: either chosen quantities of its lines (each up to what is left of it)
 * or an amount with a description. What remains creditable is shown; more is refused by the service with both
 * amounts, and the dialog stays open with what the user typed.
 */
class CreditNoteDialog extends Dialog {

    enum Mode {
        LINES,
        AMOUNT
    }

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final Map<Long, BigDecimalField> quantities = new LinkedHashMap<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField description = new TextField();
    final Button create = new Button();
    private final VerticalLayout linesLayout = new VerticalLayout();
    private final VerticalLayout amountLayout = new VerticalLayout();

    CreditNoteDialog(CreditNoteService service, Invoice invoice, Consumer<CreditNote> onCreated) {
        setId("credit-note-dialog");
        setHeaderTitle(getTranslation("billing.credit.dialog.title", invoice.getNumber()));
        setWidth("min(48rem, 96vw)");
        String currency = invoice.getCurrency();
        Paragraph remaining = new Paragraph(getTranslation(
                "billing.credit.dialog.remaining",
                LocalizedFormat.money(invoice.getCreditable(), currency, getLocale())));
        remaining.setId("credit-note-remaining");

        mode.setId("credit-note-mode");
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(
                m -> getTranslation(m == Mode.LINES ? "billing.credit.mode.lines" : "billing.credit.mode.amount"));
        mode.setValue(Mode.LINES);
        mode.addValueChangeListener(e -> show(e.getValue()));

        linesLayout.setPadding(false);
        List<CreditableLine> lines = service.creditableLines(invoice.getId());
        for (int i = 0; i < lines.size(); i++) {
            CreditableLine line = lines.get(i);
            BigDecimalField quantity = new BigDecimalField();
            quantity.setId("credit-quantity-" + i);
            quantity.setLabel(getTranslation(
                    "billing.credit.dialog.line-left",
                    line.remainingQuantity().stripTrailingZeros().toPlainString()));
            quantity.setWidth("9rem");
            quantity.setValue(BigDecimal.ZERO);
            quantity.setEnabled(line.remainingQuantity().signum() > 0);
            Span what = new Span(line.description() + " · "
                    + LocalizedFormat.money(line.unitPrice(), currency, getLocale()) + " · "
                    + line.taxRate().stripTrailingZeros().toPlainString() + " %");
            HorizontalLayout row = new HorizontalLayout(what, quantity);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWidthFull();
            row.expand(what);
            linesLayout.add(row);
            quantities.put(line.lineId(), quantity);
        }

        amount.setId("credit-amount");
        amount.setLabel(getTranslation("billing.credit.dialog.amount", currency));
        description.setId("credit-description");
        description.setLabel(getTranslation("billing.credit.dialog.description"));
        Fields.limit(description, DocumentLine.DESCRIPTION_MAX);
        description.setWidthFull();
        String language = invoice.getLanguage() == null ? "en" : invoice.getLanguage();
        // Printed on the credit note, so prefilled in the client's language.
        description.setValue(com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getTranslation(
                        Locale.forLanguageTag(language), "billing.credit.amount-description", invoice.getNumber()));
        amountLayout.setPadding(false);
        amountLayout.add(amount, description);

        create.setId("credit-note-create");
        create.setText(getTranslation("billing.credit.dialog.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create(service, invoice, onCreated));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
        add(remaining, mode, linesLayout, amountLayout);
        show(Mode.LINES);
    }

    private void show(Mode shown) {
        linesLayout.setVisible(shown == Mode.LINES);
        amountLayout.setVisible(shown == Mode.AMOUNT);
    }

    private void create(CreditNoteService service, Invoice invoice, Consumer<CreditNote> onCreated) {
        try {
            CreditNote note;
            if (mode.getValue() == Mode.AMOUNT) {
                if (amount.getValue() == null || amount.getValue().signum() <= 0) {
                    amount.setInvalid(true);
                    amount.setErrorMessage(getTranslation("billing.credit.amount.positive"));
                    return;
                }
                amount.setInvalid(false);
                note = service.creditAmount(invoice.getId(), amount.getValue(), description.getValue());
            } else {
                Map<Long, BigDecimal> chosen = new LinkedHashMap<>();
                boolean ok = true;
                for (var entry : quantities.entrySet()) {
                    BigDecimal q = entry.getValue().getValue();
                    boolean valid = q == null || q.signum() >= 0;
                    entry.getValue().setInvalid(!valid);
                    entry.getValue().setErrorMessage(valid ? null : getTranslation("billing.credit.quantity.negative"));
                    ok &= valid;
                    if (valid && q != null && q.signum() > 0) {
                        chosen.put(entry.getKey(), q);
                    }
                }
                if (!ok) {
                    return;
                }
                note = service.creditLines(invoice.getId(), chosen);
            }
            close();
            onCreated.accept(note);
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (DocumentNotFoundException e) {
            Notifications.error(getTranslation("billing.gone"));
        }
    }
}
