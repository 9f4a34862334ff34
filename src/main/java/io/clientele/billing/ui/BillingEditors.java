package io.clientele.billing.ui;

import com.vaadin.flow.component.UI;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.EInvoiceService;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PaymentService;
import io.clientele.billing.Quote;
import io.clientele.billing.QuoteResponses;
import io.clientele.billing.QuoteService;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientService;
import java.time.Clock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Opens the billing dialogs with the services they need, so views only say what and for whom. */
@Component
public class BillingEditors {

    final InvoiceService invoices;
    final QuoteService quotes;
    final PaymentService payments;
    final ClientService clients;
    final CreditNoteService creditNotes;
    final DocumentPdfService pdfs;
    final EInvoiceService einvoices;
    final Clock clock;
    final QuoteResponses quoteResponses;
    final ClientParents parents;

    BillingEditors(
            InvoiceService invoices,
            QuoteService quotes,
            PaymentService payments,
            ClientService clients,
            CreditNoteService creditNotes,
            DocumentPdfService pdfs,
            EInvoiceService einvoices,
            Clock clock,
            QuoteResponses quoteResponses,
            ClientParents parents) {
        this.parents = parents;
        this.quoteResponses = quoteResponses;
        this.invoices = invoices;
        this.quotes = quotes;
        this.payments = payments;
        this.clients = clients;
        this.creditNotes = creditNotes;
        this.pdfs = pdfs;
        this.einvoices = einvoices;
        this.clock = clock;
    }

    /** The read-only record of an issued invoice, with its credit notes and editable internal notes. */
    public DocumentViewDialog viewInvoice(long id, Runnable afterChange) {
        DocumentViewDialog dialog = DocumentViewDialog.invoice(this, invoices.get(id), afterChange);
        dialog.open();
        return dialog;
    }

    /** The read-only record of an issued quote. */
    public DocumentViewDialog viewQuote(long id, Runnable afterChange) {
        DocumentViewDialog dialog = DocumentViewDialog.quote(this, quotes.get(id), afterChange);
        dialog.open();
        return dialog;
    }

    /** An invoice as what it is: the editor for a draft, the read-only record once issued. */
    public void openInvoice(long id, Runnable afterChange) {
        if (invoices.get(id).isIssued()) {
            viewInvoice(id, afterChange);
        } else {
            editInvoice(id, saved -> afterChange.run());
        }
    }

    private DocumentEditor.Operations<Invoice> invoiceOps() {
        return new DocumentEditor.Operations<>() {
            @Override
            public Invoice newFor(long clientId) {
                return invoices.newInvoice(clientId);
            }

            @Override
            public Invoice save(Invoice document) {
                return invoices.save(document);
            }

            @Override
            public java.util.Optional<String> parentName(long clientId) {
                return parents.parentOf(clientId).map(ClientParents.Parent::name);
            }
        };
    }

    private DocumentEditor.Operations<Quote> quoteOps() {
        return new DocumentEditor.Operations<>() {
            @Override
            public Quote newFor(long clientId) {
                return quotes.newQuote(clientId);
            }

            @Override
            public Quote save(Quote document) {
                return quotes.save(document);
            }

            @Override
            public java.util.Optional<String> parentName(long clientId) {
                return parents.parentOf(clientId).map(ClientParents.Parent::name);
            }
        };
    }

    /** A new invoice; with a client id the client is pre-selected and fixed. */
    public DocumentEditor<Invoice> newInvoice(@Nullable Long clientId, Consumer<Invoice> onSaved) {
        return DocumentEditor.openNew(title("billing.invoice.new"), invoiceOps(), clients, clientId, onSaved);
    }

    public DocumentEditor<Invoice> editInvoice(long id, Consumer<Invoice> onSaved) {
        return DocumentEditor.openExisting(
                title("billing.invoice.edit"), invoiceOps(), clients, invoices::get, id, onSaved);
    }

    public DocumentEditor<Quote> newQuote(@Nullable Long clientId, Consumer<Quote> onSaved) {
        return DocumentEditor.openNew(title("billing.quote.new"), quoteOps(), clients, clientId, onSaved);
    }

    public DocumentEditor<Quote> editQuote(long id, Consumer<Quote> onSaved) {
        return DocumentEditor.openExisting(title("billing.quote.edit"), quoteOps(), clients, quotes::get, id, onSaved);
    }

    /** Records a payment: for one invoice, or any open invoice (of one client, if given). */
    public void newPayment(@Nullable Long clientId, @Nullable Long invoiceId, Runnable afterSave) {
        new PaymentDialog(payments, invoices, clientId, invoiceId, afterSave).open();
    }

    private static String title(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
