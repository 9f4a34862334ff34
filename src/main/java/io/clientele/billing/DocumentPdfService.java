package io.clientele.billing;

import io.clientele.base.reporting.PdfRenderer;
import io.clientele.base.security.Roles;
import io.clientele.client.Client;
import io.clientele.settings.CompanyLogo;
import io.clientele.settings.PdfSettings;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PDFs a client receives: invoice, quote and statement, with the company from the settings as sender, labels in
 * the chosen language and every amount and date formatted in that locale and the document's currency. Visibility is
 * that of {@link InvoiceService#get}, {@link QuoteService#get} and the client service.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class DocumentPdfService {

    static final String DOCUMENT_TEMPLATE = "document";
    static final String STATEMENT_TEMPLATE = "statement";

    private final InvoiceService invoices;
    private final QuoteService quotes;
    private final InvoiceRepository invoiceRows;
    private final PaymentRepository paymentRows;
    private final BillingSupport support;
    private final SettingsService settings;
    private final PdfRenderer renderer;

    DocumentPdfService(
            InvoiceService invoices,
            QuoteService quotes,
            InvoiceRepository invoiceRows,
            PaymentRepository paymentRows,
            BillingSupport support,
            SettingsService settings,
            PdfRenderer renderer) {
        this.invoices = invoices;
        this.quotes = quotes;
        this.invoiceRows = invoiceRows;
        this.paymentRows = paymentRows;
        this.support = support;
        this.settings = settings;
        this.renderer = renderer;
    }

    /**
     * An invoice as PDF.
     *
     * @throws DocumentNotFoundException if it does not exist or the caller may not see its client
     */
    public byte[] invoicePdf(long id, PdfLanguage language) {
        return documentPdf(invoices.get(id), language);
    }

    /**
     * A quote as PDF.
     *
     * @throws DocumentNotFoundException if it does not exist or the caller may not see its client
     */
    public byte[] quotePdf(long id, PdfLanguage language) {
        return documentPdf(quotes.get(id), language);
    }

    /** Either document type as PDF; see {@link #invoicePdf} and {@link #quotePdf}. */
    public byte[] documentPdf(DocumentType type, long id, PdfLanguage language) {
        return type == DocumentType.INVOICE ? invoicePdf(id, language) : quotePdf(id, language);
    }

    /**
     * A client statement: the balance brought forward at {@code from}, then every invoice issued (drafts left out) and
     * every payment received from {@code from} to {@code to} in date order, each with the running balance. Only the
     * client's current currency is listed; amounts in other currencies are never added to it.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public byte[] statementPdf(long clientId, LocalDate from, LocalDate to, PdfLanguage language) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement period ends before it starts");
        }
        return statement(support.clients.get(clientId), from, to, language);
    }

    /**
     * For the Client Center: the PDF of an invoice or quote the portal has already found among the calling client's
     * own issued documents, always in the client's language.
     */
    @RolesAllowed(Roles.CLIENT)
    public byte[] clientCopy(BillingDocument document) {
        return documentPdf(document, PdfLanguage.CLIENT);
    }

    /**
     * For the Client Center: the statement of the calling client, whom the portal has already resolved from the
     * login, in the client's language; see {@link #statementPdf}.
     */
    @RolesAllowed(Roles.CLIENT)
    public byte[] clientStatement(Client client, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement period ends before it starts");
        }
        return statement(client, from, to, PdfLanguage.CLIENT);
    }

    private byte[] statement(Client client, LocalDate from, LocalDate to, PdfLanguage language) {
        long clientId = client.getId();
        PdfSettings system = settings.pdfSettings();
        Locale locale = locale(client, system, language);
        ResourceBundle labels = PdfRenderer.labels(STATEMENT_TEMPLATE, locale);
        String currency = client.getCurrency();

        record Entry(LocalDate date, int order, String description, BigDecimal charge, BigDecimal payment) {}
        List<Entry> entries = new ArrayList<>();
        BigDecimal opening = BigDecimal.ZERO;
        for (Invoice invoice : invoiceRows.forStatement(clientId, currency, to)) {
            if (invoice.getIssueDate().isBefore(from)) {
                opening = opening.add(invoice.getTotal());
            } else {
                entries.add(new Entry(
                        invoice.getIssueDate(),
                        0,
                        labels.getString("invoice") + " " + invoice.getNumber(),
                        invoice.getTotal(),
                        BigDecimal.ZERO));
            }
        }
        for (Payment payment : paymentRows.forStatement(clientId, currency, to)) {
            if (payment.getDate().isBefore(from)) {
                opening = opening.subtract(payment.getAmount());
            } else {
                Invoice paid = payment.getInvoice();
                String what = labels.getString("payment") + " " + payment.getReference()
                        + (paid == null ? "" : " (" + paid.getNumber() + ")");
                entries.add(new Entry(payment.getDate(), 1, what, BigDecimal.ZERO, payment.getAmount()));
            }
        }
        entries.sort(Comparator.comparing(Entry::date).thenComparingInt(Entry::order));

        List<StatementLine> lines = new ArrayList<>();
        BigDecimal running = opening;
        for (Entry e : entries) {
            running = running.add(e.charge()).subtract(e.payment());
            lines.add(new StatementLine(
                    BillingFormat.date(e.date(), locale),
                    e.description(),
                    e.charge().signum() == 0 ? "" : money(e.charge(), currency, locale),
                    e.payment().signum() == 0 ? "" : money(e.payment(), currency, locale),
                    money(running, currency, locale)));
        }
        Map<String, Object> p = sender(system);
        p.put("clientName", client.getName());
        p.put("billingAddress", client.getBillingAddress().formatted(locale));
        p.put("from", BillingFormat.date(from, locale));
        p.put("to", BillingFormat.date(to, locale));
        p.put("opening", money(opening, currency, locale));
        p.put("closing", money(running, currency, locale));
        return renderer.render(STATEMENT_TEMPLATE, p, lines, locale);
    }

    private byte[] documentPdf(BillingDocument document, PdfLanguage language) {
        PdfSettings system = settings.pdfSettings();
        Locale locale = locale(document.getClient(), system, language);
        String currency = document.getCurrency();
        List<PdfLine> lines = document.getLines().stream()
                .map(l -> new PdfLine(
                        l.getDescription(),
                        BillingFormat.quantity(l.getQuantity(), locale),
                        money(l.getUnitPrice(), currency, locale),
                        BillingFormat.percent(l.getTaxRate(), locale),
                        money(l.getAmount(), currency, locale)))
                .toList();
        Map<String, Object> p = sender(system);
        p.put("invoice", document.getType() == DocumentType.INVOICE);
        p.put("clientName", document.getClient().getName());
        p.put("billingAddress", document.getBillingAddress());
        p.put("number", document.getNumber());
        p.put("issueDate", BillingFormat.date(document.getIssueDate(), locale));
        p.put("dueDate", document.getDueDate() == null ? null : BillingFormat.date(document.getDueDate(), locale));
        p.put("currency", currency);
        p.put("subtotal", money(document.getSubtotal(), currency, locale));
        p.put("taxTotal", money(document.getTaxTotal(), currency, locale));
        p.put("total", money(document.getTotal(), currency, locale));
        p.put("paid", money(document.getPaidTotal(), currency, locale));
        p.put("balance", money(document.getBalance(), currency, locale));
        p.put("notes", document.getNotes());
        return renderer.render(DOCUMENT_TEMPLATE, p, lines, locale);
    }

    /** The language of a PDF for this client; see {@link PdfLanguage}. */
    static Locale locale(Client client, PdfSettings system, PdfLanguage language) {
        boolean clientLanguage = language == PdfLanguage.CLIENT || system.pdfInClientLanguage();
        return BillingFormat.locale(clientLanguage ? client.getLanguage() : system.defaultLanguage());
    }

    /** The sender block of every client PDF: company name, address and logo (each optional). */
    private static Map<String, Object> sender(PdfSettings system) {
        Map<String, Object> p = new HashMap<>();
        p.put("companyName", blankToNull(system.companyName()));
        p.put("companyAddress", blankToNull(system.companyAddress()));
        CompanyLogo logo = system.logo();
        p.put("logo", logo == null ? null : logo.image());
        return p;
    }

    private static String money(BigDecimal amount, String currency, Locale locale) {
        return BillingFormat.money(amount, currency, locale);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
