package io.clientele.billing;

import io.clientele.base.reporting.PdfRenderer;
import io.clientele.base.security.Roles;
import io.clientele.client.Client;
import io.clientele.client.ClientParents;
import io.clientele.settings.CompanyLogo;
import io.clientele.settings.PdfSettings;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    static final String CREDIT_NOTE_TEMPLATE = "creditnote";

    private final InvoiceService invoices;
    private final QuoteService quotes;
    private final CreditNoteService creditNotes;
    private final CreditNoteRepository creditNoteRows;
    private final InvoiceRepository invoiceRows;
    private final PaymentRepository paymentRows;
    private final BillingSupport support;
    private final SettingsService settings;
    private final PdfRenderer renderer;
    private final ClientParents parents;

    DocumentPdfService(
            InvoiceService invoices,
            QuoteService quotes,
            CreditNoteService creditNotes,
            CreditNoteRepository creditNoteRows,
            InvoiceRepository invoiceRows,
            PaymentRepository paymentRows,
            BillingSupport support,
            SettingsService settings,
            PdfRenderer renderer,
            ClientParents parents) {
        this.parents = parents;
        this.invoices = invoices;
        this.quotes = quotes;
        this.creditNotes = creditNotes;
        this.creditNoteRows = creditNoteRows;
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

    /**
     * A credit note as PDF: what it takes back from which invoice, with the parties frozen when it was issued.
     *
     * @throws DocumentNotFoundException if it does not exist or the caller may not see its client
     */
    public byte[] creditNotePdf(long id, PdfLanguage language) {
        return creditNote(creditNotes.get(id), language);
    }

    /** Any document type as PDF; see {@link #invoicePdf}, {@link #quotePdf} and {@link #creditNotePdf}. */
    public byte[] documentPdf(DocumentType type, long id, PdfLanguage language) {
        return switch (type) {
            case INVOICE -> invoicePdf(id, language);
            case QUOTE -> quotePdf(id, language);
            case CREDIT_NOTE -> creditNotePdf(id, language);
        };
    }

    /**
     * A client statement: the balance brought forward at {@code from}, then every invoice issued (drafts left out) and
     * every payment received from {@code from} to {@code to} in date order, each with the running balance. Only the
     * client's current currency is listed; amounts in other currencies are never added to it.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public byte[] statementPdf(long clientId, LocalDate from, LocalDate to, PdfLanguage language) {
        return statementPdf(clientId, from, to, language, false);
    }

    /**
     * Issue 22: {@link #statementPdf(long, LocalDate, LocalDate, PdfLanguage)}, with the client's subsidiaries rolled
     * up into it if asked: every descendant company the caller may see ({@link ClientParents#rollUp}), each line
     * naming the subsidiary it belongs to. Only the parent's currency is listed, as for one client.
     */
    public byte[] statementPdf(
            long clientId, LocalDate from, LocalDate to, PdfLanguage language, boolean includeSubsidiaries) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("statement period ends before it starts");
        }
        Client client = support.clients.get(clientId);
        return statement(client, from, to, language, includeSubsidiaries ? parents.rollUp(clientId) : List.of());
    }

    /**
     * The closing balance a client statement to {@code to} shows, in the client's current currency: everything
     * issued up to then (drafts left out) less credit notes and payments up to then, as {@link #statementPdf} adds
     * it up. For the statement e-mail's text.
     */
    public BigDecimal statementClosing(long clientId, LocalDate to) {
        return statementClosing(clientId, to, false);
    }

    /** Issue 22: {@link #statementClosing(long, LocalDate)} with the subsidiaries rolled up if asked. */
    public BigDecimal statementClosing(long clientId, LocalDate to, boolean includeSubsidiaries) {
        Client client = support.clients.get(clientId);
        String currency = client.getCurrency();
        List<Long> ids = includeSubsidiaries ? parents.rollUp(clientId) : List.of(clientId);
        BigDecimal closing = BigDecimal.ZERO;
        for (Invoice invoice : invoiceRows.forRollUpStatement(ids, currency, to)) {
            closing = closing.add(invoice.getTotal());
        }
        for (CreditNote note : creditNoteRows.forRollUpStatement(ids, currency, to)) {
            closing = closing.subtract(note.getTotal());
        }
        for (Payment payment : paymentRows.forRollUpStatement(ids, currency, to)) {
            closing = closing.subtract(payment.getAmount());
        }
        return closing;
    }

    /**
     * A statement's file name after the client and the period, so that a folder of statements tells them apart:
     * {@code statement-Acme-GmbH-2026-10-01-2026-12-06.pdf}; letters and digits of any script kept, the rest "-".
     */
    public static String statementFileName(String clientName, LocalDate from, LocalDate to) {
        String name = clientName.strip().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return "statement-" + (name.isEmpty() ? "client" : name) + "-" + from + "-" + to + ".pdf";
    }

    /**
     * For the Client Center: the PDF of an invoice or quote the portal has already found among the calling client's
     * own issued documents, always in the client's language.
     */
    @RolesAllowed(Roles.CLIENT)
    public byte[] clientCopy(BillingDocument document) {
        if (document instanceof CreditNote note) {
            note.setInvoiceNumber(String.valueOf(creditNoteRows.invoiceNumber(note.getInvoiceId())));
            return creditNote(note, PdfLanguage.CLIENT);
        }
        return documentPdf(document, PdfLanguage.CLIENT);
    }

    /**
     * The PDF behind a live public invoice link, for whoever holds the link, in the invoice's language; empty for
     * anything the public page would not show.
     */
    @PermitAll
    public Optional<byte[]> publicCopy(String token) {
        return invoices.findPublic(token).map(i -> documentPdf(i, PdfLanguage.CLIENT));
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
        return statement(client, from, to, PdfLanguage.CLIENT, List.of());
    }

    /**
     * @param rollUp issue 22: the client and the subsidiaries to roll up into its statement, or empty for the client
     *     alone; with subsidiaries, each of their lines names the subsidiary
     */
    private byte[] statement(Client client, LocalDate from, LocalDate to, PdfLanguage language, List<Long> rollUp) {
        long clientId = client.getId();
        PdfSettings system = settings.pdfSettings();
        Locale locale = locale(client, system, language);
        ResourceBundle labels = PdfRenderer.labels(STATEMENT_TEMPLATE, locale);
        String currency = client.getCurrency();
        List<Long> ids = rollUp.isEmpty() ? List.of(clientId) : rollUp;
        Map<Long, String> subsidiaries = new HashMap<>();
        for (long id : ids) {
            if (id != clientId) {
                subsidiaries.put(id, " · " + support.clients.get(id).getName());
            }
        }

        record Entry(LocalDate date, int order, String description, BigDecimal charge, BigDecimal payment) {}
        List<Entry> entries = new ArrayList<>();
        BigDecimal opening = BigDecimal.ZERO;
        for (Invoice invoice : invoiceRows.forRollUpStatement(ids, currency, to)) {
            if (invoice.getIssueDate().isBefore(from)) {
                opening = opening.add(invoice.getTotal());
            } else {
                entries.add(new Entry(
                        invoice.getIssueDate(),
                        0,
                        labels.getString("invoice") + " " + invoice.getNumber()
                                + subsidiaries.getOrDefault(invoice.getClient().getId(), ""),
                        invoice.getTotal(),
                        BigDecimal.ZERO));
            }
        }
        for (CreditNote note : creditNoteRows.forRollUpStatement(ids, currency, to)) {
            if (note.getIssueDate().isBefore(from)) {
                opening = opening.subtract(note.getTotal());
            } else {
                String what = labels.getString("creditNote") + " " + note.getNumber() + " ("
                        + creditNoteRows.invoiceNumber(note.getInvoiceId()) + ")"
                        + subsidiaries.getOrDefault(note.getClient().getId(), "");
                entries.add(new Entry(note.getIssueDate(), 1, what, BigDecimal.ZERO, note.getTotal()));
            }
        }
        for (Payment payment : paymentRows.forRollUpStatement(ids, currency, to)) {
            if (payment.getDate().isBefore(from)) {
                opening = opening.subtract(payment.getAmount());
            } else {
                Invoice paid = payment.getInvoice();
                String what = labels.getString("payment") + " " + payment.getReference()
                        + (paid == null ? "" : " (" + paid.getNumber() + ")")
                        + subsidiaries.getOrDefault(payment.getClientId(), "");
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
        p.put("clientTaxId", blankToNull(client.getTaxId()));
        p.put("billingAddress", client.getBillingAddress().formatted(locale));
        p.put("from", BillingFormat.date(from, locale));
        p.put("to", BillingFormat.date(to, locale));
        p.put("opening", money(opening, currency, locale));
        p.put("closing", money(running, currency, locale));
        return renderer.render(STATEMENT_TEMPLATE, p, lines, locale);
    }

    /**
     * The visible part of a hybrid e-invoice: the document's PDF in the client's language, as PDF/A-1b. The caller
     * has already found the document (and checked who may see it).
     */
    byte[] pdfA(BillingDocument document) {
        if (document instanceof CreditNote note) {
            return creditNote(note, PdfLanguage.CLIENT, true);
        }
        return documentPdf(document, PdfLanguage.CLIENT, true);
    }

    private byte[] documentPdf(BillingDocument document, PdfLanguage language) {
        return documentPdf(document, language, false);
    }

    private byte[] documentPdf(BillingDocument document, PdfLanguage language, boolean pdfA) {
        PdfSettings system = settings.pdfSettings();
        Parties parties = support.parties(document);
        Locale locale = locale(document, system, language);
        String currency = document.getCurrency();
        Map<String, Object> p = parties(parties, system);
        p.put("invoice", document.getType() == DocumentType.INVOICE);
        p.put("draft", !document.isIssued());
        // Issue 22: billed to the parent company, for this subsidiary (frozen on issue).
        p.put("forName", support.forName(document));
        // Issue 22: the client's custom fields marked "on PDFs" (frozen on issue), invoices and quotes alike.
        p.put("customFields", support.printedFields(document));
        p.put("number", document.getNumber());
        p.put("issueDate", BillingFormat.date(document.getIssueDate(), locale));
        p.put("dueDate", document.getDueDate() == null ? null : BillingFormat.date(document.getDueDate(), locale));
        p.put("currency", currency);
        p.put("subtotal", money(document.getSubtotal(), currency, locale));
        p.put("taxTotal", money(document.getTaxTotal(), currency, locale));
        p.put("total", money(document.getTotal(), currency, locale));
        p.put(
                "credited",
                document.getCreditedTotal().signum() == 0
                        ? null
                        : money(document.getCreditedTotal().negate(), currency, locale));
        p.put("paid", money(document.getPaidTotal(), currency, locale));
        p.put("balance", money(document.getBalance(), currency, locale));
        p.put("notes", document.getNotes());
        return pdfA
                ? renderer.renderPdfA(DOCUMENT_TEMPLATE, p, lines(document, locale), locale)
                : renderer.render(DOCUMENT_TEMPLATE, p, lines(document, locale), locale);
    }

    private byte[] creditNote(CreditNote note, PdfLanguage language) {
        return creditNote(note, language, false);
    }

    private byte[] creditNote(CreditNote note, PdfLanguage language, boolean pdfA) {
        PdfSettings system = settings.pdfSettings();
        Locale locale = locale(note, system, language);
        String currency = note.getCurrency();
        Map<String, Object> p = parties(note.parties(), system);
        p.put("number", note.getNumber());
        p.put("issueDate", BillingFormat.date(note.getIssueDate(), locale));
        p.put("invoiceNumber", note.getInvoiceNumber());
        // Issue 22: frozen on issue from its invoice, when that was billed to the parent company.
        p.put("forName", note.getForName());
        Invoice invoice = invoiceRows.findById(note.getInvoiceId()).orElse(null);
        p.put("invoiceDate", invoice == null ? null : BillingFormat.date(invoice.getIssueDate(), locale));
        p.put(
                "refundDue",
                invoice == null || invoice.getRefundDue().signum() == 0
                        ? null
                        : money(invoice.getRefundDue(), currency, locale));
        p.put("currency", currency);
        p.put("subtotal", money(note.getSubtotal(), currency, locale));
        p.put("taxTotal", money(note.getTaxTotal(), currency, locale));
        p.put("total", money(note.getTotal(), currency, locale));
        p.put("notes", note.getNotes());
        return pdfA
                ? renderer.renderPdfA(CREDIT_NOTE_TEMPLATE, p, lines(note, locale), locale)
                : renderer.render(CREDIT_NOTE_TEMPLATE, p, lines(note, locale), locale);
    }

    private static List<PdfLine> lines(BillingDocument document, Locale locale) {
        String currency = document.getCurrency();
        return document.getLines().stream()
                .map(l -> new PdfLine(
                        l.getDescription(),
                        BillingFormat.quantity(l.getQuantity(), locale),
                        money(l.getUnitPrice(), currency, locale),
                        BillingFormat.percent(l.getTaxRate(), locale),
                        money(l.getAmount(), currency, locale)))
                .toList();
    }

    /**
     * The language of a document's PDF: the language frozen at issue (for a draft the client's current one) when the
     * client's language applies, else the back office's default; see {@link PdfLanguage}.
     */
    static Locale locale(BillingDocument document, PdfSettings system, PdfLanguage language) {
        boolean clientLanguage = language == PdfLanguage.CLIENT || system.pdfInClientLanguage();
        String documentLanguage = document.getLanguage() != null
                ? document.getLanguage()
                : document.getClient().getLanguage();
        return BillingFormat.locale(clientLanguage ? documentLanguage : system.defaultLanguage());
    }

    /**
     * Seller and buyer blocks as printed. The logo is the one thing taken from Settings at print time: an image is
     * not part of the record, the company's name, address and tax ID are.
     */
    private static Map<String, Object> parties(Parties parties, PdfSettings system) {
        Map<String, Object> p = new HashMap<>();
        p.put("companyName", blankToNull(parties.sellerName()));
        p.put("companyAddress", blankToNull(parties.sellerAddress()));
        p.put("companyTaxId", blankToNull(parties.sellerTaxId()));
        p.put("sellerMissing", parties.sellerMissing());
        CompanyLogo logo = system.logo();
        p.put("logo", logo == null ? null : logo.image());
        p.put("clientName", parties.buyerName());
        p.put("clientTaxId", blankToNull(parties.buyerTaxId()));
        p.put("billingAddress", parties.billingAddress());
        p.put("shippingAddress", parties.distinctShippingAddress());
        return p;
    }

    /** The language of a PDF for this client; see {@link PdfLanguage}. */
    static Locale locale(Client client, PdfSettings system, PdfLanguage language) {
        boolean clientLanguage = language == PdfLanguage.CLIENT || system.pdfInClientLanguage();
        return BillingFormat.locale(clientLanguage ? client.getLanguage() : system.defaultLanguage());
    }

    /** The sender block of a statement (not a stored record): company details as Settings hold them now. */
    private static Map<String, Object> sender(PdfSettings system) {
        Map<String, Object> p = new HashMap<>();
        p.put("companyName", blankToNull(system.companyName()));
        p.put("companyAddress", blankToNull(system.companyAddress()));
        p.put("companyTaxId", blankToNull(system.companyTaxId()));
        p.put("sellerMissing", blankToNull(system.companyName()) == null);
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
