package io.clientele.billing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.SubMenu;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.CreditNote;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.DocumentRow;
import io.clientele.billing.DocumentType;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PdfLanguage;
import io.clientele.billing.QuoteService;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Row actions shared by every billing table: getting a document to the client (PDF, e-mail, public link, mark
 * sent), issuing a draft, and correcting an issued invoice (credit note, cancel, correct).
 */
@Component
class BillingActions {

    private final InvoiceService invoices;
    private final QuoteService quotes;
    private final CreditNoteService creditNotes;
    private final DocumentMailActions mail;
    private final DocumentPdfService pdfs;
    private final BillingEditors editors;
    private final List<InvoiceAction> invoiceActions;
    private final CurrentUser user;

    BillingActions(
            InvoiceService invoices,
            QuoteService quotes,
            CreditNoteService creditNotes,
            DocumentMailActions mail,
            DocumentPdfService pdfs,
            BillingEditors editors,
            List<InvoiceAction> invoiceActions,
            CurrentUser user) {
        this.invoiceActions = invoiceActions;
        this.user = user;
        this.invoices = invoices;
        this.quotes = quotes;
        this.creditNotes = creditNotes;
        this.mail = mail;
        this.pdfs = pdfs;
        this.editors = editors;
    }

    void addPdfItem(SubMenu menu, DocumentType type, DocumentRow row) {
        long id = row.id();
        String file = row.number() == null ? Notifications.t("billing.number.draft") + "-" + id : row.number();
        menu.addItem(Downloads.link(
                        Notifications.t("billing.pdf.download"),
                        file + ".pdf",
                        Downloads.PDF,
                        () -> pdfs.documentPdf(type, id, PdfLanguage.BACK_OFFICE)))
                .setId("option-download-pdf");
        if (type != DocumentType.QUOTE && row.number() != null && !"DRAFT".equals(row.status())) {
            String number = row.number();
            menu.addItem(
                            Notifications.t("einvoice.action.download"),
                            e -> DocumentTable.run(
                                    () -> new EInvoiceDialog(editors.einvoices, type, id, number).open()))
                    .setId("option-einvoice");
        }
    }

    /** The e-mail dialog of an issued document (a credit note's list has a button, not a menu). */
    void openMail(DocumentType type, long documentId, Runnable afterSent) {
        mail.openSendDialog(type, documentId, afterSent);
    }

    void addDocumentItems(SubMenu menu, DocumentType type, DocumentRow row, Runnable afterChange) {
        boolean draft = row.number() == null || "DRAFT".equals(row.status());
        addPdfItem(menu, type, row);
        menu.addItem(
                        Notifications.t(
                                type == DocumentType.INVOICE
                                        ? "billing.action.email-invoice"
                                        : "billing.action.email-quote"),
                        e -> {
                            if (draft) {
                                // E-mailing issues: say so first, then write the mail with the number it got.
                                confirmIssue(type, row, () -> {
                                    afterChange.run();
                                    DocumentTable.run(() -> mail.openSendDialog(type, row.id(), afterChange));
                                });
                            } else {
                                DocumentTable.run(() -> mail.openSendDialog(type, row.id(), afterChange));
                            }
                        })
                .setId("option-email");
        if (type == DocumentType.INVOICE && !draft) {
            menu.addItem(
                            Notifications.t("billing.action.public-link"),
                            e -> DocumentTable.run(() -> mail.openPublicLinkDialog(row.id())))
                    .setId("option-public-link");
        }
        if (draft) {
            menu.addItem(
                            Notifications.t("billing.action.mark-sent"),
                            e -> DocumentTable.run(() -> {
                                String number = type == DocumentType.INVOICE
                                        ? invoices.markSent(row.id()).getNumber()
                                        : quotes.markSent(row.id()).getNumber();
                                Notifications.success(Notifications.t("billing.marked-sent", number));
                                afterChange.run();
                            }))
                    .setId("option-mark-sent");
        }
        if (type == DocumentType.QUOTE && "CONVERTED".equals(row.status())) {
            menu.addItem(
                            Notifications.t("billing.action.open-invoice"),
                            e -> DocumentTable.run(() -> {
                                Long invoiceId = quotes.get(row.id()).getConvertedInvoiceId();
                                if (invoiceId != null) {
                                    editors.openInvoice(invoiceId, afterChange);
                                }
                            }))
                    .setId("option-open-invoice");
        }
    }

    /**
     * Entries for an issued invoice: the dispute flag (administrators) and what other features contribute
     * ({@link InvoiceAction}).
     */
    void addIssuedInvoiceItems(SubMenu menu, DocumentRow row, boolean canEdit, Runnable afterChange) {
        if (canEdit && user.hasRole(Roles.ADMIN) && !"CANCELLED".equals(row.status())) {
            menu.addItem(
                            Notifications.t("billing.action.dispute"),
                            e -> DocumentTable.run(
                                    () -> new DisputeDialog(invoices, invoices.get(row.id()), afterChange).open()))
                    .setId("option-dispute");
        }
        invoiceActions.forEach(a -> a.addItems(menu, row, canEdit, afterChange));
    }

    /**
     * Issuing is for good: the confirmation says the document gets the next number and is locked from then on, then
     * runs {@code afterIssue}.
     */
    void confirmIssue(DocumentType type, DocumentRow row, Runnable afterIssue) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-issue");
        confirm.setHeader(Notifications.t(
                type == DocumentType.INVOICE ? "billing.issue.title.invoice" : "billing.issue.title.quote"));
        confirm.setText(Notifications.t("billing.issue.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(Notifications.t("action.cancel"));
        confirm.setConfirmText(Notifications.t("billing.action.issue"));
        confirm.addConfirmListener(e -> DocumentTable.run(() -> {
            String number = type == DocumentType.INVOICE
                    ? invoices.issue(row.id()).getNumber()
                    : quotes.issue(row.id()).getNumber();
            Notifications.success(Notifications.t("billing.issued", number));
            afterIssue.run();
        }));
        confirm.open();
    }

    /** Credit note, Cancel invoice and Correct for an issued invoice that is not fully credited yet. */
    void addCorrectionItems(SubMenu menu, DocumentRow row, Runnable afterChange) {
        menu.addItem(
                        Notifications.t("billing.action.credit-note"),
                        e -> DocumentTable.run(() -> new CreditNoteDialog(creditNotes, invoices.get(row.id()), note -> {
                                    Notifications.success(
                                            Notifications.t("billing.credit.created", note.getNumber(), row.number()));
                                    afterChange.run();
                                })
                                .open()))
                .setId("option-credit-note");
        menu.addItem(Notifications.t("billing.action.cancel-invoice"), e -> confirmCancel(row, afterChange))
                .setId("option-cancel-invoice");
        menu.addItem(Notifications.t("billing.action.correct"), e -> confirmCorrect(row, afterChange))
                .setId("option-correct");
    }

    private void confirmCancel(DocumentRow row, Runnable afterChange) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-cancel-invoice");
        confirm.setHeader(Notifications.t("billing.cancel.title", row.number()));
        confirm.setText(Notifications.t("billing.cancel.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(Notifications.t("action.cancel"));
        confirm.setConfirmText(Notifications.t("billing.action.cancel-invoice"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> DocumentTable.run(() -> {
            CreditNote note =
                    creditNotes.cancelInvoice(row.id(), creditDescription(row, "billing.credit.cancel-description"));
            Notifications.success(Notifications.t("billing.credit.created", note.getNumber(), row.number()));
            afterChange.run();
        }));
        confirm.open();
    }

    private void confirmCorrect(DocumentRow row, Runnable afterChange) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-correct-invoice");
        confirm.setHeader(Notifications.t("billing.correct.title", row.number()));
        confirm.setText(Notifications.t("billing.correct.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(Notifications.t("action.cancel"));
        confirm.setConfirmText(Notifications.t("billing.action.correct"));
        confirm.addConfirmListener(e -> DocumentTable.run(() -> {
            Invoice draft = creditNotes.correct(row.id(), creditDescription(row, "billing.credit.cancel-description"));
            Notifications.success(Notifications.t("billing.correct.done", row.number()));
            afterChange.run();
            editors.editInvoice(draft.getId(), saved -> afterChange.run());
        }));
        confirm.open();
    }

    /** A credit line's text is printed, so it speaks the client's language, not the user's. */
    private String creditDescription(DocumentRow row, String key) {
        Invoice invoice = invoices.get(row.id());
        String language = invoice.getLanguage() == null ? "en" : invoice.getLanguage();
        return com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getTranslation(Locale.forLanguageTag(language), key, row.number());
    }
}
