package io.clientele.billing.ui;

import com.vaadin.flow.component.contextmenu.SubMenu;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.DocumentRow;
import io.clientele.billing.DocumentType;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PdfLanguage;
import io.clientele.billing.QuoteService;
import org.springframework.stereotype.Component;

/**
 * Row actions about getting a document to the client (e-mail, public link, mark sent), shared by every billing
 * table.
 */
@Component
class BillingActions {

    private final InvoiceService invoices;
    private final QuoteService quotes;
    private final DocumentMailActions mail;
    private final DocumentPdfService pdfs;

    BillingActions(InvoiceService invoices, QuoteService quotes, DocumentMailActions mail, DocumentPdfService pdfs) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.mail = mail;
        this.pdfs = pdfs;
    }

    void addDocumentItems(SubMenu menu, DocumentType type, DocumentRow row, Runnable afterChange) {
        long id = row.id();
        menu.addItem(Downloads.link(
                        Notifications.t("billing.pdf.download"),
                        row.number() + ".pdf",
                        Downloads.PDF,
                        () -> pdfs.documentPdf(type, id, PdfLanguage.BACK_OFFICE)))
                .setId("option-download-pdf");
        menu.addItem(
                        Notifications.t(
                                type == DocumentType.INVOICE
                                        ? "billing.action.email-invoice"
                                        : "billing.action.email-quote"),
                        e -> DocumentTable.run(() -> mail.openSendDialog(type, row.id(), afterChange)))
                .setId("option-email");
        if (type == DocumentType.INVOICE && !"DRAFT".equals(row.status())) {
            menu.addItem(
                            Notifications.t("billing.action.public-link"),
                            e -> DocumentTable.run(() -> mail.openPublicLinkDialog(row.id())))
                    .setId("option-public-link");
        }
        if ("DRAFT".equals(row.status())) {
            menu.addItem(
                            Notifications.t("billing.action.mark-sent"),
                            e -> DocumentTable.run(() -> {
                                if (type == DocumentType.INVOICE) {
                                    invoices.markSent(row.id());
                                } else {
                                    quotes.markSent(row.id());
                                }
                                Notifications.success(Notifications.t("billing.marked-sent", row.number()));
                                afterChange.run();
                            }))
                    .setId("option-mark-sent");
        }
    }
}
