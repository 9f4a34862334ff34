package io.clientele.billing.ui;

import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.PaymentService;
import io.clientele.billing.Quote;
import io.clientele.billing.QuoteService;
import io.clientele.client.ClientService;
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

    BillingEditors(InvoiceService invoices, QuoteService quotes, PaymentService payments, ClientService clients) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.payments = payments;
        this.clients = clients;
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
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }
}
