package io.clientele.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;

/**
 * Marks an issued invoice disputed with the client's reason, or ends the dispute: while disputed it gets no payment
 * reminders. A flag beside the record, not a change to it (administrators only).
 */
class DisputeDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button mark = new Button();
    final Button clear = new Button();

    DisputeDialog(InvoiceService invoices, Invoice invoice, Runnable afterChange) {
        setId("dispute-dialog");
        setHeaderTitle(getTranslation("billing.dispute.title", invoice.getNumber()));
        reason.setId("dispute-reason");
        reason.setLabel(getTranslation("billing.dispute.reason"));
        reason.setWidthFull();
        Fields.limit(reason, Invoice.DISPUTE_REASON_MAX);
        mark.setId("dispute-mark");
        mark.setText(getTranslation("billing.dispute.mark"));
        mark.addThemeVariants(ButtonVariant.PRIMARY);
        clear.setId("dispute-clear");
        clear.setText(getTranslation("billing.dispute.clear"));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (invoice.isDisputed()) {
            add(new Paragraph(getTranslation("billing.dispute.current", invoice.getDisputedReason())));
            getFooter().add(cancel, clear);
        } else {
            add(new Paragraph(getTranslation("billing.dispute.text")), reason);
            getFooter().add(cancel, mark);
        }
        mark.addClickListener(e -> {
            try {
                invoices.markDisputed(invoice.getId(), reason.getValue());
                Notifications.success(getTranslation("billing.dispute.marked", invoice.getNumber()));
                close();
                afterChange.run();
            } catch (RuleViolationException ex) {
                // On the field, and the typed reason stays for a correction.
                reason.setErrorMessage(getTranslation(ex.getMessageKey(), ex.getArguments()));
                reason.setInvalid(true);
            }
        });
        clear.addClickListener(e -> DocumentTable.run(() -> {
            invoices.clearDispute(invoice.getId());
            Notifications.success(getTranslation("billing.dispute.cleared", invoice.getNumber()));
            close();
            afterChange.run();
        }));
    }
}
