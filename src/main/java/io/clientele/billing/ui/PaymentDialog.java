package io.clientele.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentRow;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.InvoiceStatus;
import io.clientele.billing.Payment;
import io.clientele.billing.PaymentMethod;
import io.clientele.billing.PaymentService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Records a payment against an open invoice: the amount starts at the open balance, and the service refuses more
 * than that with both amounts in the message.
 */
class PaymentDialog extends Dialog {

    private static final Set<String> OPEN = Set.of(
            InvoiceStatus.DRAFT.name(),
            InvoiceStatus.SENT.name(),
            InvoiceStatus.VIEWED.name(),
            InvoiceStatus.OVERDUE.name());

    final ComboBox<DocumentRow> invoice = new ComboBox<>();
    final TextField reference = new TextField();
    final Select<PaymentMethod> method = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker date = new DatePicker();
    final TextArea note = new TextArea();
    final Button save = new Button();

    private final PaymentService payments;
    private final BeanValidationBinder<Payment> binder = new BeanValidationBinder<>(Payment.class);
    private final Runnable afterSave;

    PaymentDialog(
            PaymentService payments,
            InvoiceService invoices,
            @Nullable Long clientId,
            @Nullable Long invoiceId,
            Runnable afterSave) {
        this.payments = payments;
        this.afterSave = afterSave;
        setId("payment-dialog");
        setHeaderTitle(getTranslation("billing.payment.new"));
        setWidth("min(40rem, 96vw)");

        BillingFilter open = new BillingFilter(null, clientId, OPEN);
        invoice.setId("payment-invoice");
        invoice.setLabel(getTranslation("billing.field.invoice"));
        invoice.setItemLabelGenerator(r -> r.number() + " \u00b7 " + r.clientName() + " \u00b7 "
                + LocalizedFormat.money(r.balance(), r.currency(), getLocale()));
        invoice.setItems(q ->
                invoices
                        .list(open.withSearch(q.getFilter().orElse("")), PageRequest.of(q.getPage(), q.getPageSize()))
                        .stream()
                        .filter(r -> r.balance().signum() > 0));
        invoice.setRequiredIndicatorVisible(true);
        invoice.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                amount.setValue(e.getValue().balance());
                amount.setSuffixComponent(new Span(e.getValue().currency()));
            }
        });
        reference.setId("payment-reference");
        reference.setLabel(getTranslation("billing.field.reference"));
        Fields.limit(reference, Payment.REFERENCE_MAX);
        method.setId("payment-method");
        method.setLabel(getTranslation("billing.field.method"));
        method.setItems(PaymentMethod.values());
        method.setItemLabelGenerator(m -> getTranslation("billing.method." + m.name()));
        amount.setId("payment-amount");
        amount.setLabel(getTranslation("billing.field.amount"));
        date.setId("payment-date");
        date.setLabel(getTranslation("billing.field.date"));
        note.setId("payment-note");
        note.setLabel(getTranslation("billing.field.note"));
        Fields.limit(note, Payment.NOTE_MAX);

        binder.forField(reference).bind("reference");
        binder.forField(method).asRequired().bind("method");
        binder.forField(amount).bind("amount");
        binder.forField(date).bind("date");
        binder.forField(note).withNullRepresentation("").bind("note");
        Payment initial = new Payment();
        initial.setDate(LocalDate.now());
        binder.readBean(initial);

        if (invoiceId != null) {
            try {
                var inv = invoices.get(invoiceId);
                DocumentRow row = new DocumentRow(
                        invoiceId,
                        inv.getNumber(),
                        inv.getClient().getId(),
                        inv.getClient().getName(),
                        inv.getIssueDate(),
                        inv.getDueDate(),
                        inv.getCurrency(),
                        inv.getTotal(),
                        inv.getBalance(),
                        inv.getStatus().name(),
                        inv.getClient().getTrashedAt(),
                        inv.getDisputedAt());
                invoice.setItems(List.of(row));
                invoice.setValue(row);
                invoice.setReadOnly(true);
            } catch (DocumentNotFoundException e) {
                Notifications.error(getTranslation("billing.gone"));
            }
        }
        FormLayout form = new FormLayout(invoice, reference, method, amount, date, note);
        form.setColspan(invoice, 2);
        form.setColspan(note, 2);
        add(form);

        save.setId("payment-save");
        save.setText(getTranslation("billing.payment.record"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        DocumentRow chosen = invoice.getValue();
        invoice.setInvalid(chosen == null);
        invoice.setErrorMessage(chosen == null ? getTranslation("billing.invoice.required") : null);
        Payment payment = new Payment();
        if (!binder.writeBeanIfValid(payment) || chosen == null) {
            return;
        }
        try {
            payments.record(chosen.id(), payment);
            close();
            Notifications.success(getTranslation(
                    "billing.payment.recorded",
                    LocalizedFormat.money(payment.getAmount(), chosen.currency(), getLocale()),
                    chosen.number()));
            afterSave.run();
        } catch (RuleViolationException e) {
            var field = e.getMessageKey().equals("billing.payment.date.window") ? date : amount;
            field.setInvalid(true);
            field.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (DocumentNotFoundException e) {
            Notifications.error(getTranslation("billing.gone"));
        }
    }
}
