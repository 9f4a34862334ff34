package io.clientele.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.PagedGrid;
import io.clientele.billing.BillingFilter;
import io.clientele.billing.CreditNoteRow;
import io.clientele.billing.DocumentType;
import io.clientele.billing.PdfLanguage;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Credit notes as a paged grid, each with the invoice it corrects and its PDF; newest first. */
class CreditNoteTable extends VerticalLayout {

    final Grid<CreditNoteRow> grid = new Grid<>();
    final PagedGrid<CreditNoteRow> paged;

    /** {@code mail}: the actions to e-mail a credit note with, or null for a user who may not send. */
    CreditNoteTable(
            BillingEditors editors,
            @Nullable BillingActions mail,
            Supplier<BillingFilter> filter,
            Runnable afterChange) {
        setPadding(false);
        setSizeFull();
        grid.setId("credit-note-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(CreditNoteRow::number)
                .setKey("number")
                .setHeader(getTranslation("billing.column.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> LocalizedFormat.date(r.issueDate(), getLocale()))
                .setKey("issueDate")
                .setHeader(getTranslation("billing.column.issue-date"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> invoiceLink(editors, r, afterChange))
                .setKey("invoice")
                .setHeader(getTranslation("billing.credit.column.invoice"))
                .setAutoWidth(true);
        grid.addColumn(r -> LocalizedFormat.money(r.total(), r.currency(), getLocale()))
                .setKey("total")
                .setHeader(getTranslation("billing.column.total"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    Button einvoice = new Button(
                            getTranslation("einvoice.action.download"),
                            e -> new EInvoiceDialog(editors.einvoices, DocumentType.CREDIT_NOTE, r.id(), r.number())
                                    .open());
                    einvoice.setId("credit-einvoice-" + r.id());
                    einvoice.addThemeVariants(ButtonVariant.TERTIARY);
                    HorizontalLayout actions = new HorizontalLayout(
                            Downloads.link(
                                    getTranslation("billing.pdf.download"),
                                    r.number() + ".pdf",
                                    Downloads.PDF,
                                    () -> editors.pdfs.creditNotePdf(r.id(), PdfLanguage.BACK_OFFICE)),
                            einvoice);
                    if (mail != null) {
                        Button email = new Button(
                                getTranslation("billing.action.email-credit-note"),
                                e -> DocumentTable.run(
                                        () -> mail.openMail(DocumentType.CREDIT_NOTE, r.id(), afterChange)));
                        email.setId("credit-email-" + r.id());
                        email.addThemeVariants(ButtonVariant.TERTIARY);
                        actions.add(email);
                    }
                    return actions;
                })
                .setKey("pdf")
                .setHeader(getTranslation("billing.column.options"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("billing.credit.empty"));
        paged = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> editors.creditNotes.list(filter.get(), page),
                        () -> editors.creditNotes.count(filter.get())));
        add(paged);
        paged.refresh();
    }

    private Component invoiceLink(BillingEditors editors, CreditNoteRow row, Runnable afterChange) {
        Button link = new Button(
                row.invoiceNumber(), e -> DocumentTable.run(() -> editors.openInvoice(row.invoiceId(), afterChange)));
        link.addThemeVariants(ButtonVariant.TERTIARY);
        return link;
    }

    void refresh() {
        paged.refresh();
    }
}
