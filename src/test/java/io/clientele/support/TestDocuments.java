package io.clientele.support;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.Quote;
import io.clientele.billing.QuoteService;
import io.clientele.client.Client;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Invoices and quotes written through the real services, as the system user. */
@Component
public class TestDocuments {

    private final InvoiceService invoices;
    private final QuoteService quotes;

    TestDocuments(InvoiceService invoices, QuoteService quotes) {
        this.invoices = invoices;
        this.quotes = quotes;
    }

    /** A draft invoice; each line is "description|quantity|unit price|tax %". */
    public Invoice invoice(Client client, String... lines) {
        return SystemAuthentication.call(() -> {
            Invoice invoice = invoices.newInvoice(client.getId());
            invoice.setLines(lines(lines));
            return invoices.save(invoice);
        });
    }

    /** An issued invoice (number taken, content frozen) that was not sent yet. */
    public Invoice issuedInvoice(Client client, String... lines) {
        Invoice draft = invoice(client, lines);
        return SystemAuthentication.call(() -> invoices.issue(draft.getId()));
    }

    /** An issued quote. */
    public Quote issuedQuote(Client client, String... lines) {
        Quote draft = quote(client, lines);
        return SystemAuthentication.call(() -> quotes.issue(draft.getId()));
    }

    /** An invoice that went out (status Sent), as "Mark as sent" leaves it. */
    public Invoice sentInvoice(Client client, String... lines) {
        Invoice draft = invoice(client, lines);
        return SystemAuthentication.call(() -> invoices.markSent(draft.getId()));
    }

    public Quote quote(Client client, String... lines) {
        return SystemAuthentication.call(() -> {
            Quote quote = quotes.newQuote(client.getId());
            quote.setLines(lines(lines));
            return quotes.save(quote);
        });
    }

    /** A quote that went out (status Sent). */
    public Quote sentQuote(Client client, String... lines) {
        Quote draft = quote(client, lines);
        return SystemAuthentication.call(() -> quotes.markSent(draft.getId()));
    }

    public Invoice reload(Invoice invoice) {
        return SystemAuthentication.call(() -> invoices.get(invoice.getId()));
    }

    public Quote reload(Quote quote) {
        return SystemAuthentication.call(() -> quotes.get(quote.getId()));
    }

    /** The invoice's public link token, created if it has none. */
    public String publicToken(Invoice invoice) {
        return SystemAuthentication.call(() -> invoices.publicToken(invoice.getId()));
    }

    private static List<DocumentLine> lines(String... lines) {
        List<DocumentLine> list = new ArrayList<>();
        for (String line : lines) {
            String[] p = line.split("\\|");
            list.add(new DocumentLine(p[0], new BigDecimal(p[1]), new BigDecimal(p[2]), new BigDecimal(p[3])));
        }
        return list;
    }
}
