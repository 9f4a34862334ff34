package io.clientele.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.BillingSort;
import io.clientele.billing.PaymentRow;
import java.util.function.Supplier;

/** Payments as a paged grid (reference, method, invoice, client, amount, date), with Delete in the row menu. */
class PaymentTable extends VerticalLayout {

    final Grid<PaymentRow> grid = new Grid<>();
    final PagedGrid<PaymentRow> paged;
    private final BillingEditors editors;
    private final Runnable afterChange;

    PaymentTable(
            BillingEditors editors,
            boolean showClient,
            boolean canEdit,
            Supplier<BillingFilter> filter,
            Runnable afterChange) {
        this.editors = editors;
        this.afterChange = afterChange;
        setPadding(false);
        setSizeFull();
        grid.setId("payment-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(PaymentRow::reference)
                .setKey(BillingSort.REFERENCE)
                .setSortProperty(BillingSort.REFERENCE)
                .setHeader(getTranslation("billing.column.reference"))
                .setFlexGrow(1);
        grid.addColumn(r -> getTranslation("billing.method." + r.method().name()))
                .setKey(BillingSort.METHOD)
                .setSortProperty(BillingSort.METHOD)
                .setHeader(getTranslation("billing.column.method"))
                .setAutoWidth(true);
        grid.addColumn(PaymentRow::invoiceNumber)
                .setKey(BillingSort.NUMBER)
                .setSortProperty(BillingSort.NUMBER)
                .setHeader(getTranslation("billing.column.invoice"))
                .setAutoWidth(true);
        if (showClient) {
            grid.addColumn(r -> BillingListView.clientName(this, r.clientName(), r.clientInTrash()))
                    .setKey(BillingSort.CLIENT)
                    .setSortProperty(BillingSort.CLIENT)
                    .setHeader(getTranslation("billing.column.client"))
                    .setFlexGrow(2);
        }
        grid.addColumn(r -> LocalizedFormat.money(r.amount(), r.currency(), getLocale()))
                .setKey(BillingSort.AMOUNT)
                .setSortProperty(BillingSort.AMOUNT)
                .setHeader(getTranslation("billing.column.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> LocalizedFormat.date(r.date(), getLocale()))
                .setKey(BillingSort.DATE)
                .setSortProperty(BillingSort.DATE)
                .setHeader(getTranslation("billing.column.date"))
                .setAutoWidth(true);
        if (canEdit) {
            grid.addComponentColumn(this::options)
                    .setKey("options")
                    .setWidth("6.5rem")
                    .setFlexGrow(0)
                    .setHeader(getTranslation("billing.column.options"))
                    .setFrozenToEnd(true);
        }
        grid.setEmptyStateText(getTranslation("billing.payment.empty"));
        paged = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> editors.payments.list(filter.get(), page), () -> editors.payments.count(filter.get())));
        add(paged);
        paged.refresh();
    }

    void refresh() {
        paged.refresh();
    }

    private Component options(PaymentRow row) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("billing.column.options"));
        root.getSubMenu()
                .addItem(getTranslation("billing.action.delete"), e -> confirmDelete(row))
                .setId("option-delete");
        return menu;
    }

    private void confirmDelete(PaymentRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-payment");
        confirm.setHeader(getTranslation("billing.payment.delete.title", row.reference()));
        confirm.setText(getTranslation(
                "billing.payment.delete.text",
                LocalizedFormat.money(row.amount(), row.currency(), getLocale()),
                row.invoiceNumber()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("billing.action.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> DocumentTable.run(() -> {
            editors.payments.delete(row.id());
            Notifications.success(getTranslation("billing.payment.deleted", row.reference()));
            afterChange.run();
        }));
        confirm.open();
    }
}
