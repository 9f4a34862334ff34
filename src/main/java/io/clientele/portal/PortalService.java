package io.clientele.portal;

import io.clientele.account.AccountService;
import io.clientele.attachment.AttachmentFile;
import io.clientele.attachment.AttachmentNotFoundException;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingDocument;
import io.clientele.billing.CreditNote;
import io.clientele.billing.CreditNoteRow;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.DocumentStanding;
import io.clientele.billing.DocumentType;
import io.clientele.billing.EInvoiceFile;
import io.clientele.billing.EInvoiceService;
import io.clientele.billing.Invoice;
import io.clientele.billing.Quote;
import io.clientele.billing.QuoteResponse;
import io.clientele.billing.QuoteResponses;
import io.clientele.billing.QuoteStatus;
import io.clientele.billing.ReceivedDocuments;
import io.clientele.client.Client;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import io.clientele.client.EInvoiceFormat;
import io.clientele.client.PortalSections;
import io.clientele.helpdesk.SupportLink;
import io.clientele.helpdesk.SupportRequestNotFoundException;
import io.clientele.helpdesk.SupportService;
import io.clientele.helpdesk.SupportSummary;
import io.clientele.helpdesk.SupportThread;
import io.clientele.portal.PortalRecords.Dashboard;
import io.clientele.portal.PortalRecords.Document;
import io.clientele.portal.PortalRecords.DocumentDetail;
import io.clientele.portal.PortalRecords.Line;
import io.clientele.portal.PortalRecords.Payment;
import io.clientele.portal.PortalRecords.PdfFile;
import io.clientele.portal.PortalRecords.Project;
import io.clientele.portal.PortalRecords.QuoteAnswer;
import io.clientele.portal.PortalRecords.QuoteState;
import io.clientele.portal.PortalRecords.TimeEntry;
import io.clientele.project.ProjectService;
import io.clientele.project.TimeEntryRow;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the Client Center reads. The client is always the logged-in account's, read fresh from the database,
 * never a parameter; the features whose records these are answer for that client (their guard lets a Client Center
 * caller see their own client only), and a section the client may not open behaves as empty. Drafts are not shown: a
 * client sees only what was issued to it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Roles.CLIENT)
public class PortalService {

    private final ClientService clients;
    private final ClientScope scope;
    private final ReceivedDocuments documents;
    private final ProjectService projects;
    private final DocumentPdfService pdfs;
    private final CreditNoteService creditNotes;
    private final EInvoiceService einvoices;
    private final AccountService accounts;
    private final QuoteResponses quoteResponses;
    private final SupportService support;
    private final Clock clock;

    PortalService(
            ClientService clients,
            ClientScope scope,
            ReceivedDocuments documents,
            ProjectService projects,
            DocumentPdfService pdfs,
            CreditNoteService creditNotes,
            EInvoiceService einvoices,
            AccountService accounts,
            QuoteResponses quoteResponses,
            SupportService support,
            Clock clock) {
        this.clock = clock;
        this.support = support;
        this.accounts = accounts;
        this.quoteResponses = quoteResponses;
        this.clients = clients;
        this.scope = scope;
        this.documents = documents;
        this.projects = projects;
        this.pdfs = pdfs;
        this.creditNotes = creditNotes;
        this.einvoices = einvoices;
    }

    /** The credit notes issued to the caller, newest first; part of the invoices section (empty when it is off). */
    public List<CreditNoteRow> creditNotes(Pageable page) {
        return client(PortalSections::invoices)
                .map(c -> creditNotes.issuedTo(c.getId(), page))
                .orElse(List.of());
    }

    public long countCreditNotes() {
        return client(PortalSections::invoices)
                .map(c -> creditNotes.countIssuedTo(c.getId()))
                .orElse(0L);
    }

    /** One of the caller's credit notes as PDF, in its language; anyone else's is "not found". */
    public PdfFile creditNotePdf(long id) {
        Client c = client(PortalSections::invoices).orElseThrow(PortalNotFoundException::new);
        try {
            var note = creditNotes.issuedTo(c.getId(), id);
            return new PdfFile(note.getNumber() + ".pdf", pdfs.clientCopy(note));
        } catch (DocumentNotFoundException e) {
            throw new PortalNotFoundException();
        }
    }

    /** One of the caller's credit notes as e-invoice XML (XRechnung or EN 16931 CII); anyone else's is "not found". */
    public PdfFile creditNoteXml(long id) {
        Client c = client(PortalSections::invoices).orElseThrow(PortalNotFoundException::new);
        try {
            CreditNote note = creditNotes.issuedTo(c.getId(), id);
            if (!isEInvoice(note)) {
                throw new PortalNotFoundException();
            }
            EInvoiceFile xml = einvoices.clientXml(note);
            return new PdfFile(xml.fileName(), xml.content());
        } catch (DocumentNotFoundException e) {
            throw new PortalNotFoundException();
        }
    }

    /**
     * The caller's client, amount owed, open invoices and visible sections.
     *
     * @throws PortalNotFoundException when the client is trashed
     */
    public Dashboard dashboard() {
        Client client = client(s -> true).orElseThrow(PortalNotFoundException::new);
        PortalSections sections = sections(client);
        long open = 0;
        BigDecimal owed = null;
        if (sections.invoices()) {
            owed = client.getAmountOwed();
            open = documents.countOpenInvoicesFor(client.getId());
        }
        return new Dashboard(client.getName(), client.getLanguage(), owed, client.getCurrency(), open, sections);
    }

    /** The sections the caller's client may open (none for a trashed client). */
    public PortalSections sections() {
        return client(s -> true).map(this::sections).orElse(PortalSections.NONE);
    }

    /** The caller's issued invoices, newest first; empty when the section is off. */
    public List<Document> invoices(Pageable page) {
        return list(
                PortalSections::invoices, id -> documents.issuedFor(Invoice.class, id, page), PortalService::document);
    }

    public long countInvoices() {
        return count(PortalSections::invoices, id -> documents.countIssuedFor(Invoice.class, id));
    }

    /** One of the caller's issued invoices with its lines. */
    public DocumentDetail invoice(long id) {
        return detail(own(Invoice.class, PortalSections::invoices, id));
    }

    /** The caller's issued quotes, newest first; empty when the section is off. */
    public List<Document> quotes(Pageable page) {
        return list(PortalSections::quotes, id -> documents.issuedFor(Quote.class, id, page), PortalService::document);
    }

    public long countQuotes() {
        return count(PortalSections::quotes, id -> documents.countIssuedFor(Quote.class, id));
    }

    /** One of the caller's issued quotes with its lines. */
    public DocumentDetail quote(long id) {
        return detail(own(Quote.class, PortalSections::quotes, id));
    }

    /** One of the caller's quotes: its latest answer and whether the caller can accept or decline it now. */
    public QuoteState quoteState(long id) {
        Quote quote = own(Quote.class, PortalSections::quotes, id);
        long clientId = quote.getClient().getId();
        boolean open = (quote.getStatus() == QuoteStatus.SENT || quote.getStatus() == QuoteStatus.VIEWED)
                && (quote.getDueDate() == null || !quote.getDueDate().isBefore(LocalDate.now(clock)));
        return new QuoteState(
                quoteResponses.latestOf(clientId, id).map(PortalService::answer).orElse(null), open);
    }

    /**
     * Accepts one of the caller's sent, unexpired quotes, signed with the name the person typed; a second accept (a
     * double click, a colleague) returns the first. See {@link QuoteResponses#accept} for the refusals.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public QuoteAnswer acceptQuote(long id, String signedName, @Nullable String note, @Nullable String poNumber) {
        // The quote is not read here first: QuoteResponses must be the first to load it, under its lock.
        long clientId = clientId(PortalSections::quotes);
        try {
            return answer(quoteResponses.accept(clientId, id, signedName, note, poNumber));
        } catch (DocumentNotFoundException e) {
            throw new PortalNotFoundException();
        }
    }

    /** Declines one of the caller's sent, unexpired quotes with a reason. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public QuoteAnswer declineQuote(long id, String reason) {
        long clientId = clientId(PortalSections::quotes);
        try {
            return answer(quoteResponses.decline(clientId, id, reason));
        } catch (DocumentNotFoundException e) {
            throw new PortalNotFoundException();
        }
    }

    private static QuoteAnswer answer(QuoteResponse r) {
        return new QuoteAnswer(
                r.getDecision() == QuoteResponse.Decision.ACCEPTED,
                r.getSignedName(),
                r.getNote(),
                r.getPoNumber(),
                r.getAccountName(),
                r.getRespondedAt());
    }

    /** One of the caller's issued invoices as PDF, in the client's language. */
    public PdfFile invoicePdf(long id) {
        Invoice invoice = own(Invoice.class, PortalSections::invoices, id);
        return new PdfFile(invoice.getNumber() + ".pdf", pdfs.clientCopy(invoice));
    }

    /** One of the caller's issued invoices as e-invoice XML (XRechnung when the client chose it, else EN 16931 CII). */
    public PdfFile invoiceXml(long id) {
        Invoice invoice = own(Invoice.class, PortalSections::invoices, id);
        if (!isEInvoice(invoice)) {
            // Issued for PDF only: no XML is offered, and a guessed link finds none.
            throw new PortalNotFoundException();
        }
        EInvoiceFile xml = einvoices.clientXml(invoice);
        return new PdfFile(xml.fileName(), xml.content());
    }

    /** One of the caller's issued quotes as PDF, in the client's language. */
    public PdfFile quotePdf(long id) {
        Quote quote = own(Quote.class, PortalSections::quotes, id);
        return new PdfFile(quote.getNumber() + ".pdf", pdfs.clientCopy(quote));
    }

    /**
     * The caller's statement of account from {@code from} to {@code to} as PDF, in the client's language; part of
     * the invoices section.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public PdfFile statementPdf(LocalDate from, LocalDate to) {
        Client c = client(PortalSections::invoices).orElseThrow(PortalNotFoundException::new);
        return new PdfFile("statement-" + from + "-" + to + ".pdf", pdfs.clientStatement(c, from, to));
    }

    /** The caller's payments, newest first; empty when the section is off. */
    public List<Payment> payments(Pageable page) {
        return list(PortalSections::payments, id -> documents.paymentsFor(id, page), PortalService::payment);
    }

    public long countPayments() {
        return count(PortalSections::payments, documents::countPaymentsFor);
    }

    /** One of the caller's payments. */
    public Payment payment(long id) {
        long clientId = clientId(PortalSections::payments);
        return documents.paymentOf(clientId, id).map(PortalService::payment).orElseThrow(PortalNotFoundException::new);
    }

    /** The caller's projects, newest first; empty when the section is off. */
    public List<Project> projects(Pageable page) {
        return list(PortalSections::projects, id -> projects.projectsOf(id, page), PortalService::project);
    }

    public long countProjects() {
        return count(PortalSections::projects, projects::countProjectsOf);
    }

    /** One of the caller's projects. */
    public Project project(long id) {
        long clientId = clientId(PortalSections::projects);
        return projects.projectOf(clientId, id).map(PortalService::project).orElseThrow(PortalNotFoundException::new);
    }

    /** Hours worked on the caller's projects, newest first; empty when the timesheets section is off. */
    public List<TimeEntry> timeEntries(Pageable page) {
        return list(PortalSections::timesheets, id -> projects.timeEntriesOf(id, page), PortalService::timeEntry);
    }

    public long countTimeEntries() {
        return count(PortalSections::timesheets, projects::countTimeEntriesOf);
    }

    /** One time entry on one of the caller's projects. */
    public TimeEntry timeEntry(long id) {
        long clientId = clientId(PortalSections::timesheets);
        return projects.timeEntryOf(clientId, id)
                .map(PortalService::timeEntry)
                .orElseThrow(PortalNotFoundException::new);
    }

    /** The caller's support requests, latest activity first; empty when the support section is off. */
    public List<SupportSummary> supportRequests(Pageable page) {
        return list(PortalSections::support, id -> support.requestsOf(id, page), Function.identity());
    }

    public long countSupportRequests() {
        return count(PortalSections::support, support::countRequestsOf);
    }

    /** One of the caller's support requests with its thread; anyone else's is "not found". */
    public SupportThread supportRequest(long id) {
        long clientId = clientId(PortalSections::support);
        return support.threadOf(clientId, id).orElseThrow(PortalNotFoundException::new);
    }

    /**
     * Opens a support request for the caller's client. A link must name a record of a section the caller may open
     * (an invoice needs the invoices section, a quote the quotes section, a project the projects section); the support
     * feature then checks it is the client's own.
     *
     * @throws RuleViolationException see {@link SupportService#open}
     */
    @Transactional
    public SupportThread openSupportRequest(
            String subject, String message, SupportLink.@Nullable Target link, SupportService.@Nullable Upload file) {
        Client client = client(PortalSections::support).orElseThrow(PortalNotFoundException::new);
        if (link != null && !linkable(sections(client), link.type())) {
            throw new RuleViolationException("support.link.refused");
        }
        return support.open(client.getId(), subject, message, link, file);
    }

    /** Replies in one of the caller's support requests; a closed one opens again. */
    @Transactional
    public SupportThread replyToSupportRequest(long id, String message, SupportService.@Nullable Upload file) {
        long clientId = clientId(PortalSections::support);
        try {
            return support.replyAsClient(clientId, id, message, file);
        } catch (SupportRequestNotFoundException e) {
            throw new PortalNotFoundException();
        }
    }

    /** A file attached to a message of one of the caller's support requests. */
    public AttachmentFile supportFile(long messageId) {
        long clientId = clientId(PortalSections::support);
        try {
            return support.fileOf(clientId, messageId);
        } catch (SupportRequestNotFoundException | AttachmentNotFoundException e) {
            throw new PortalNotFoundException();
        }
    }

    private static boolean linkable(PortalSections open, SupportLink.Type type) {
        return switch (type) {
            case INVOICE -> open.invoices();
            case QUOTE -> open.quotes();
            case PROJECT -> open.projects();
        };
    }

    /**
     * The caller's client if it is not trashed and the section is open to the caller: on for the client and granted
     * to the login. A caller without a client (disabled account, account not tied to a client) is refused outright.
     */
    private Optional<Client> client(Predicate<PortalSections> section) {
        Long clientId = scope.caller().clientId();
        if (clientId == null) {
            throw new AccessDeniedException("No client");
        }
        return clients.findVisible(clientId).filter(c -> section.test(sections(c)));
    }

    /** The client's switches are the ceiling; the login's own permissions narrow them. */
    private PortalSections sections(Client client) {
        return accounts.callerPermissions().within(client.portalSections());
    }

    private long clientId(Predicate<PortalSections> section) {
        return client(section).map(Client::getId).orElseThrow(PortalNotFoundException::new);
    }

    /** A section's rows for the caller's client, or none when the section is closed. */
    private <T, R> List<R> list(
            Predicate<PortalSections> section, LongFunction<List<T>> rows, Function<T, R> toRecord) {
        return client(section)
                .map(c -> rows.apply(c.getId()).stream().map(toRecord).toList())
                .orElse(List.of());
    }

    private long count(Predicate<PortalSections> section, ToLongFunction<Long> count) {
        return client(section).map(c -> count.applyAsLong(c.getId())).orElse(0L);
    }

    /** One of the caller's issued documents, or "not found" for anyone else's, a draft, an unknown id. */
    private <D extends BillingDocument> D own(Class<D> type, Predicate<PortalSections> section, long id) {
        return documents.issuedOf(type, clientId(section), id).orElseThrow(PortalNotFoundException::new);
    }

    private static DocumentDetail detail(BillingDocument d) {
        List<Line> lines = d.getLines().stream().map(PortalService::line).toList();
        return new DocumentDetail(
                document(d),
                d.getClient().getName(),
                d.getBillingAddress(),
                d.getNotes(),
                d.getSubtotal(),
                d.getTaxTotal(),
                d.getPaidTotal(),
                lines);
    }

    private static Document document(BillingDocument d) {
        String status = d instanceof Invoice i
                ? i.getStatus().name()
                : ((Quote) d).getStatus().name();
        // The labels come from billing's one rule, so the client reads what the back office reads.
        List<DocumentStanding.Label> standing = d instanceof Invoice i
                ? DocumentStanding.ofInvoice(i.getStatus(), d.getTotal(), d.getBalance(), i.isDisputed())
                : DocumentStanding.ofQuote(((Quote) d).getStatus());
        return new Document(
                d.getId(),
                d.getNumber(),
                status,
                d.getIssueDate(),
                d.getDueDate(),
                d.getCurrency(),
                d.getTotal(),
                d.getBalance(),
                standing,
                isEInvoice(d));
    }

    /** Issued as Factur-X or XRechnung (frozen at issue): only those have an XML the client's system can read. */
    private static boolean isEInvoice(BillingDocument d) {
        return d.isIssued()
                && d.getType() != DocumentType.QUOTE
                && d.einvoiceParties().getFormat() != EInvoiceFormat.PDF;
    }

    private static Line line(DocumentLine l) {
        return new Line(l.getDescription(), l.getQuantity(), l.getUnitPrice(), l.getTaxRate(), l.getAmount());
    }

    private static Payment payment(io.clientele.billing.Payment p) {
        Invoice invoice = p.getInvoice();
        return new Payment(
                p.getId(),
                p.getDate(),
                invoice == null ? "" : invoice.getNumber(),
                p.getAmount(),
                p.getCurrency(),
                p.getMethod().name(),
                p.getReference());
    }

    private static Project project(io.clientele.project.Project p) {
        return new Project(
                p.getId(),
                p.getName(),
                p.getStartDate(),
                p.getDueDate(),
                p.getBillingMethod().name(),
                p.getDescription());
    }

    private static TimeEntry timeEntry(TimeEntryRow t) {
        return new TimeEntry(t.id(), t.workDate(), t.projectName(), t.hours(), t.description(), t.billable());
    }
}
