package io.clientele.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.Invoice;
import io.clientele.project.BillingMethod;
import io.clientele.project.TimeGrouping;
import io.clientele.project.TimeInvoicing;
import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * "Invoice time…" on a project: an hourly project bills its unbilled billable time of a period, grouped as chosen, and
 * shows what that is before; a fixed-price project bills a share of its price and shows what is invoiced already.
 * Creates a draft and hands it to {@code onCreated}; a refusal (nothing left to bill, more than 100 %) is said and
 * the dialog keeps what was typed.
 */
class TimeInvoiceDialog extends Dialog {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<TimeGrouping> grouping = new Select<>();
    final BigDecimalField percent = new BigDecimalField();
    final BigDecimalField taxRate = new BigDecimalField();
    final Paragraph summary = new Paragraph();
    final Button create = new Button();
    final Button cancel = new Button();

    private final TimeInvoicing invoicing;
    private final long projectId;
    private final BillingMethod method;
    private final Consumer<Invoice> onCreated;

    TimeInvoiceDialog(TimeInvoicing invoicing, long projectId, BillingMethod method, Consumer<Invoice> onCreated) {
        this.invoicing = invoicing;
        this.projectId = projectId;
        this.method = method;
        this.onCreated = onCreated;
        setId("time-invoice-dialog");
        setHeaderTitle(getTranslation(
                method == BillingMethod.HOURLY ? "project.invoice.title.time" : "project.invoice.title.fixed"));
        setWidth("min(34rem, 95vw)");
        setCloseOnOutsideClick(false);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        taxRate.setId("time-invoice-tax");
        taxRate.setLabel(getTranslation("project.invoice.tax-rate"));
        taxRate.setValue(BigDecimal.ZERO);
        taxRate.setHelperText(getTranslation("project.invoice.tax-rate.help"));
        if (method == BillingMethod.HOURLY) {
            from.setId("time-invoice-from");
            from.setLabel(getTranslation("project.invoice.from"));
            from.setClearButtonVisible(true);
            to.setId("time-invoice-to");
            to.setLabel(getTranslation("project.invoice.to"));
            to.setClearButtonVisible(true);
            grouping.setId("time-invoice-grouping");
            grouping.setLabel(getTranslation("project.invoice.grouping"));
            grouping.setItems(TimeGrouping.values());
            grouping.setItemLabelGenerator(g -> getTranslation("project.invoice.grouping." + g.name()));
            grouping.setValue(TimeGrouping.USER);
            from.addValueChangeListener(e -> showSummary());
            to.addValueChangeListener(e -> showSummary());
            form.add(from, to, grouping, taxRate);
        } else {
            percent.setId("time-invoice-percent");
            percent.setLabel(getTranslation("project.invoice.percent"));
            percent.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
            form.add(percent, taxRate);
        }
        summary.setId("time-invoice-summary");
        add(summary, form);
        showSummary();

        create.setText(getTranslation("project.invoice.create"));
        create.setId("time-invoice-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("time-invoice-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, create);
    }

    private void showSummary() {
        if (method == BillingMethod.HOURLY) {
            TimeInvoicing.Unbilled open = invoicing.unbilled(projectId, from.getValue(), to.getValue());
            summary.setText(getTranslation(
                    "project.invoice.summary.time",
                    open.entries(),
                    ProjectFormat.hours(open.hours(), getLocale()),
                    LocalizedFormat.money(open.amount(), open.currency(), getLocale())));
        } else {
            TimeInvoicing.FixedPrice price = invoicing.fixedPrice(projectId);
            summary.setText(getTranslation(
                    "project.invoice.summary.fixed",
                    LocalizedFormat.money(price.price(), price.currency(), getLocale()),
                    price.invoicedPercent().stripTrailingZeros().toPlainString(),
                    price.remainingPercent().stripTrailingZeros().toPlainString()));
            if (percent.isEmpty()) {
                percent.setValue(price.remainingPercent().stripTrailingZeros());
            }
        }
    }

    private void create() {
        BigDecimal tax = taxRate.getValue();
        if (tax == null || tax.signum() < 0 || tax.compareTo(BigDecimal.valueOf(100)) > 0) {
            taxRate.setInvalid(true);
            taxRate.setErrorMessage(getTranslation("billing.line.tax.range"));
            return;
        }
        taxRate.setInvalid(false);
        try {
            Invoice invoice;
            if (method == BillingMethod.HOURLY) {
                invoice = invoicing.invoiceTime(projectId, from.getValue(), to.getValue(), grouping.getValue(), tax);
            } else {
                BigDecimal share = percent.getValue();
                if (share == null) {
                    percent.setInvalid(true);
                    percent.setErrorMessage(getTranslation("project.invoice.percent-positive"));
                    return;
                }
                invoice = invoicing.invoiceMilestone(projectId, share, tax);
            }
            close();
            Notifications.success(getTranslation("project.invoice.created"));
            onCreated.accept(invoice);
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
            showSummary();
        }
    }
}
