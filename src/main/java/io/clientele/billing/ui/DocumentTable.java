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
import io.clientele.base.domain.LocalizedFormat;
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
import java.time.LocalDate;
import java.util.function.Supplier;

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
        grid.addColumn(r -> r.number() == null ? getTranslation("billing.number.draft") : r.number())
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
        grid.addColumn(r -> LocalizedFormat.date(r.issueDate(), getLocale()))
                .setKey(BillingSort.ISSUE_DATE)
                .setSortProperty(BillingSort.ISSUE_DATE)
                .setHeader(getTranslation("billing.column.issue-date"))
                .setAutoWidth(true);
        grid.addColumn(r -> LocalizedFormat.date(r.dueDate(), getLocale()))
                .setKey(BillingSort.DUE_DATE)
                .setSortProperty(BillingSort.DUE_DATE)
                .setHeader(getTranslation(
                        type == DocumentType.INVOICE ? "billing.column.due-date" : "billing.column.valid-until"))
                .setAutoWidth(true);
        grid.addColumn(r -> LocalizedFormat.money(r.total(), r.currency(), getLocale()))
                .setKey(BillingSort.TOTAL)
                .setSortProperty(BillingSort.TOTAL)
                .setHeader(getTranslation("billing.column.total"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        if (type == DocumentType.INVOICE) {
            grid.addColumn(r -> LocalizedFormat.money(r.balance(), r.currency(), getLocale()))
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
        paged = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> type == DocumentType.INVOICE
                                ? editors.invoices.list(filter.get(), page)
                                : editors.quotes.list(filter.get(), page),
                        () -> type == DocumentType.INVOICE
                                ? editors.invoices.count(filter.get())
                                : editors.quotes.count(filter.get())));
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
        for (DocumentStanding.Label label : DocumentStanding.of(type, row)) {
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
        boolean invoice = type == DocumentType.INVOICE;
        boolean draft = row.number() == null || "DRAFT".equals(row.status());
        if (!canEdit) {
            // Read-only users (managers) still open the record and its PDF.
            sub.addItem(getTranslation("billing.action.view"), e -> run(() -> view(row)))
                    .setId("option-view");
            actions.addPdfItem(sub, type, row);
            if (invoice && !draft) {
                actions.addIssuedInvoiceItems(sub, row, false, afterChange);
            }
            return menu;
        }
        if (draft) {
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
            sub.addItem(getTranslation("billing.action.issue"), e -> actions.confirmIssue(type, row, afterChange))
                    .setId("option-issue");
        } else {
            sub.addItem(getTranslation("billing.action.view"), e -> run(() -> view(row)))
                    .setId("option-view");
        }
        actions.addDocumentItems(sub, type, row, afterChange);
        if (invoice && !draft && row.balance().signum() > 0) {
            sub.addItem(
                            getTranslation("billing.action.record-payment"),
                            e -> editors.newPayment(row.clientId(), row.id(), afterChange))
                    .setId("option-payment");
        }
        if (invoice && !draft && !"CANCELLED".equals(row.status())) {
            actions.addCorrectionItems(sub, row, afterChange);
        }
        if (invoice && !draft) {
            actions.addIssuedInvoiceItems(sub, row, true, afterChange);
        }
        if (!invoice) {
            QuoteStatus s = QuoteStatus.valueOf(row.status());
            if (s != QuoteStatus.APPROVED && s != QuoteStatus.REJECTED && s != QuoteStatus.CONVERTED) {
                sub.addItem(getTranslation("billing.action.approve"), e -> run(() -> approve(row)))
                        .setId("option-approve");
                sub.addItem(
                                getTranslation("billing.action.reject"),
                                e -> run(() -> decide(row, QuoteStatus.REJECTED, false)))
                        .setId("option-reject");
            }
            if (s == QuoteStatus.APPROVED) {
                sub.addItem(
                                getTranslation("billing.action.convert"),
                                e -> run(() -> {
                                    Invoice created = editors.quotes.convertToInvoice(row.id());
                                    Notifications.success(getTranslation("billing.quote.converted-to", row.number()));
                                    afterChange.run();
                                    editors.editInvoice(created.getId(), saved -> afterChange.run());
                                }))
                        .setId("option-convert");
            }
        }
        if (draft) {
            sub.addItem(getTranslation("billing.action.delete"), e -> confirmDelete(row))
                    .setId("option-delete");
        }
        return menu;
    }

    private void view(DocumentRow row) {
        if (type == DocumentType.INVOICE) {
            editors.viewInvoice(row.id(), afterChange);
        } else {
            editors.viewQuote(row.id(), afterChange);
        }
    }

    /** Approves a quote; past its valid-until date only after a warning that names the date. */
    private void approve(DocumentRow row) {
        LocalDate validUntil = row.dueDate();
        if (validUntil == null || !validUntil.isBefore(LocalDate.now(editors.clock))) {
            decide(row, QuoteStatus.APPROVED, false);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-approve-expired");
        confirm.setHeader(getTranslation("billing.quote.expired.title", label(row)));
        confirm.setText(getTranslation("billing.quote.expired.text", LocalizedFormat.date(validUntil, getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("billing.quote.expired.approve"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> run(() -> decide(row, QuoteStatus.APPROVED, true)));
        confirm.open();
    }

    private void decide(DocumentRow row, QuoteStatus decision, boolean expiredConfirmed) {
        var decided = editors.quotes.decide(row.id(), decision, expiredConfirmed);
        Notifications.success(getTranslation("billing.quote.decided." + decision.name(), decided.getNumber()));
        afterChange.run();
    }

    private void confirmDelete(DocumentRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-document");
        confirm.setHeader(getTranslation("billing.delete.title", label(row)));
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
            Notifications.success(getTranslation("billing.deleted", label(row)));
            afterChange.run();
        }));
        confirm.open();
    }

    /** The number, or "Draft" for a document that has none yet. */
    static String label(DocumentRow row) {
        return row.number() == null ? Notifications.t("billing.number.draft") : row.number();
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
