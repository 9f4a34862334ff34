package io.clientele.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.BillingSort;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentRow;
import io.clientele.billing.DocumentStanding;
import io.clientele.billing.DocumentType;
import io.clientele.billing.Invoice;
import io.clientele.billing.QuoteStatus;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.domain.Pageable;

/**
 * Invoices or quotes as a paged grid with a row Options menu: the same table on the list views and on a client's
 * overview (there without the client column).
 */
class DocumentTable extends VerticalLayout {

    final Grid<DocumentRow> grid = new Grid<>();
    final PagedGrid<DocumentRow> paged;
    private final DocumentType type;
    private final BillingEditors editors;
    private final BillingActions actions;
    private final boolean canEdit;
    private final Runnable afterChange;

    DocumentTable(
            DocumentType type,
            BillingEditors editors,
            BillingActions actions,
            boolean showClient,
            boolean canEdit,
            Supplier<BillingFilter> filter,
            Runnable afterChange) {
        this.type = type;
        this.editors = editors;
        this.actions = actions;
        this.canEdit = canEdit;
        this.afterChange = afterChange;
        setPadding(false);
        setSizeFull();
        grid.setId(type == DocumentType.INVOICE ? "invoice-grid" : "quote-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(DocumentRow::number)
                .setKey(BillingSort.NUMBER)
                .setSortProperty(BillingSort.NUMBER)
                .setHeader(getTranslation("billing.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (showClient) {
            grid.addColumn(r -> BillingListView.clientName(this, r.clientName(), r.clientInTrash()))
                    .setKey(BillingSort.CLIENT)
                    .setSortProperty(BillingSort.CLIENT)
                    .setHeader(getTranslation("billing.column.client"))
                    .setFlexGrow(2)
                    .setResizable(true);
        }
        grid.addColumn(r -> Formats.date(r.issueDate(), getLocale()))
                .setKey(BillingSort.ISSUE_DATE)
                .setSortProperty(BillingSort.ISSUE_DATE)
                .setHeader(getTranslation("billing.column.issue-date"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.dueDate(), getLocale()))
                .setKey(BillingSort.DUE_DATE)
                .setSortProperty(BillingSort.DUE_DATE)
                .setHeader(getTranslation(
                        type == DocumentType.INVOICE ? "billing.column.due-date" : "billing.column.valid-until"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.money(r.total(), r.currency(), getLocale()))
                .setKey(BillingSort.TOTAL)
                .setSortProperty(BillingSort.TOTAL)
                .setHeader(getTranslation("billing.column.total"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        if (type == DocumentType.INVOICE) {
            grid.addColumn(r -> Formats.money(r.balance(), r.currency(), getLocale()))
                    .setKey(BillingSort.BALANCE)
                    .setSortProperty(BillingSort.BALANCE)
                    .setHeader(getTranslation("billing.column.balance"))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        grid.addComponentColumn(this::status)
                .setKey(BillingSort.STATUS)
                .setSortProperty(BillingSort.STATUS)
                .setHeader(getTranslation("billing.column.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::options)
                .setKey("options")
                .setHeader(getTranslation("billing.column.options"))
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setEmptyStateText(
                getTranslation(type == DocumentType.INVOICE ? "billing.invoice.empty" : "billing.quote.empty"));
        paged = new PagedGrid<>(grid, new PagedGrid.Source<>() {
            @Override
            public List<DocumentRow> fetch(Pageable page) {
                return type == DocumentType.INVOICE
                        ? editors.invoices.list(filter.get(), page)
                        : editors.quotes.list(filter.get(), page);
            }

            @Override
            public long count() {
                return type == DocumentType.INVOICE
                        ? editors.invoices.count(filter.get())
                        : editors.quotes.count(filter.get());
            }
        });
        add(paged);
        paged.refresh();
    }

    void refresh() {
        paged.refresh();
    }

    private Component status(DocumentRow row) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("badge-row");
        // One rule with the Client Center: DocumentStanding.
        for (DocumentStanding.Label label : DocumentStanding.of(type, row.status(), row.total(), row.balance())) {
            badges.add(Formats.badge(getTranslation(label.key()), label.tone()));
        }
        return badges;
    }

    private Component options(DocumentRow row) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("billing.column.options"));
        var sub = root.getSubMenu();
        if (!canEdit) {
            menu.setVisible(false);
            return menu;
        }
        boolean invoice = type == DocumentType.INVOICE;
        sub.addItem(
                        getTranslation("billing.action.edit"),
                        e -> run(() -> {
                            if (invoice) {
                                editors.editInvoice(row.id(), saved -> afterChange.run());
                            } else {
                                editors.editQuote(row.id(), saved -> afterChange.run());
                            }
                        }))
                .setId("option-edit");
        actions.addDocumentItems(sub, type, row, afterChange);
        if (invoice && row.balance().signum() > 0) {
            sub.addItem(
                            getTranslation("billing.action.record-payment"),
                            e -> editors.newPayment(row.clientId(), row.id(), afterChange))
                    .setId("option-payment");
        }
        if (!invoice) {
            QuoteStatus s = QuoteStatus.valueOf(row.status());
            if (s != QuoteStatus.APPROVED && s != QuoteStatus.REJECTED) {
                sub.addItem(getTranslation("billing.action.approve"), e -> run(() -> decide(row, QuoteStatus.APPROVED)))
                        .setId("option-approve");
                sub.addItem(getTranslation("billing.action.reject"), e -> run(() -> decide(row, QuoteStatus.REJECTED)))
                        .setId("option-reject");
            }
            if (s == QuoteStatus.APPROVED) {
                sub.addItem(
                                getTranslation("billing.action.convert"),
                                e -> run(() -> {
                                    Invoice created = editors.quotes.convertToInvoice(row.id());
                                    Notifications.success(getTranslation(
                                            "billing.quote.converted-to", row.number(), created.getNumber()));
                                    afterChange.run();
                                }))
                        .setId("option-convert");
            }
        }
        sub.addItem(getTranslation("billing.action.delete"), e -> confirmDelete(row))
                .setId("option-delete");
        return menu;
    }

    private void decide(DocumentRow row, QuoteStatus decision) {
        editors.quotes.decide(row.id(), decision);
        Notifications.success(getTranslation("billing.quote.decided." + decision.name(), row.number()));
        afterChange.run();
    }

    private void confirmDelete(DocumentRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-document");
        confirm.setHeader(getTranslation("billing.delete.title", row.number()));
        confirm.setText(getTranslation("billing.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("billing.action.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> run(() -> {
            if (type == DocumentType.INVOICE) {
                editors.invoices.delete(row.id());
            } else {
                editors.quotes.delete(row.id());
            }
            Notifications.success(getTranslation("billing.deleted", row.number()));
            afterChange.run();
        }));
        confirm.open();
    }

    /** Runs an action and turns a refusal into a clear notification instead of an error page. */
    static void run(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            Notifications.error(Notifications.t(e.getMessageKey(), e.getArguments()));
        } catch (DocumentNotFoundException e) {
            Notifications.error(Notifications.t("billing.gone"));
        }
    }
}
