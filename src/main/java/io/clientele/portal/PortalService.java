package io.clientele.portal;

import io.clientele.account.AccountService;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingDocument;
import io.clientele.billing.CreditNoteRow;
import io.clientele.billing.CreditNoteService;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentPdfService;
import io.clientele.billing.Invoice;
import io.clientele.billing.Quote;
import io.clientele.client.Client;
import io.clientele.client.PortalSections;
import io.clientele.portal.PortalRecords.Dashboard;
import io.clientele.portal.PortalRecords.Document;
import io.clientele.portal.PortalRecords.DocumentDetail;
import io.clientele.portal.PortalRecords.Line;
import io.clientele.portal.PortalRecords.Payment;
import io.clientele.portal.PortalRecords.PdfFile;
import io.clientele.portal.PortalRecords.Project;
import io.clientele.portal.PortalRecords.TimeEntry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the Client Center reads. The client is always the logged-in account's, read fresh from the database,
 * never a parameter; every query carries it in its WHERE clause, and a section the client may not open behaves as
 * empty. Drafts are not shown: a client sees only what was issued to it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Roles.CLIENT)
public class PortalService {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final String ISSUED = " and d.statusCode <> 'DRAFT'";

    private final AccountService accounts;
    private final EntityManager em;
    private final DocumentPdfService pdfs;
    private final CreditNoteService creditNotes;

    PortalService(AccountService accounts, EntityManager em, DocumentPdfService pdfs, CreditNoteService creditNotes) {
        this.accounts = accounts;
        this.em = em;
        this.pdfs = pdfs;
        this.creditNotes = creditNotes;
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

    /**
     * The caller's client, amount owed, open invoices and visible sections.
     *
     * @throws PortalNotFoundException when the client is trashed
     */
    public Dashboard dashboard() {
        Client client = client(s -> true).orElseThrow(PortalNotFoundException::new);
        PortalSections sections = client.portalSections();
        long open = 0;
        BigDecimal owed = null;
        if (sections.invoices()) {
            owed = client.getAmountOwed();
            open = em.createQuery(
                            "select count(d) from Invoice d where d.client.id = :client" + ISSUED
                                    + " and d.balance > 0",
                            Long.class)
                    .setParameter("client", client.getId())
                    .getSingleResult();
        }
        return new Dashboard(client.getName(), client.getLanguage(), owed, client.getCurrency(), open, sections);
    }

    /** The sections the caller's client may open (none for a trashed client). */
    public PortalSections sections() {
        return client(s -> true)
                .map(Client::portalSections)
                .orElse(new PortalSections(false, false, false, false, false));
    }

    /** The caller's issued invoices, newest first; empty when the section is off. */
    public List<Document> invoices(Pageable page) {
        return documents(Invoice.class, PortalSections::invoices, page);
    }

    public long countInvoices() {
        return countDocuments(Invoice.class, PortalSections::invoices);
    }

    /** One of the caller's issued invoices with its lines. */
    public DocumentDetail invoice(long id) {
        return document(Invoice.class, PortalSections::invoices, id);
    }

    /** The caller's issued quotes, newest first; empty when the section is off. */
    public List<Document> quotes(Pageable page) {
        return documents(Quote.class, PortalSections::quotes, page);
    }

    public long countQuotes() {
        return countDocuments(Quote.class, PortalSections::quotes);
    }

    /** One of the caller's issued quotes with its lines. */
    public DocumentDetail quote(long id) {
        return document(Quote.class, PortalSections::quotes, id);
    }

    /** One of the caller's issued invoices as PDF, in the client's language. */
    public PdfFile invoicePdf(long id) {
        Invoice invoice = own(Invoice.class, PortalSections::invoices, id);
        return new PdfFile(invoice.getNumber() + ".pdf", pdfs.clientCopy(invoice));
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
        return client(PortalSections::payments)
                .map(c -> page(
                                em.createQuery("""
                        select p from Payment p join fetch p.invoice i where p.clientId = :client
                        order by p.date desc, p.id desc""", io.clientele.billing.Payment.class)
                                        .setParameter("client", c.getId()),
                                page)
                        .stream()
                        .map(PortalService::payment)
                        .toList())
                .orElse(List.of());
    }

    public long countPayments() {
        return client(PortalSections::payments)
                .map(c -> em.createQuery("select count(p) from Payment p where p.clientId = :client", Long.class)
                        .setParameter("client", c.getId())
                        .getSingleResult())
                .orElse(0L);
    }

    /** One of the caller's payments. */
    public Payment payment(long id) {
        Client c = client(PortalSections::payments).orElseThrow(PortalNotFoundException::new);
        return em.createQuery(
                        "select p from Payment p join fetch p.invoice where p.id = :id and p.clientId = :client",
                        io.clientele.billing.Payment.class)
                .setParameter("id", id)
                .setParameter("client", c.getId())
                .getResultStream()
                .findFirst()
                .map(PortalService::payment)
                .orElseThrow(PortalNotFoundException::new);
    }

    /** The caller's projects, newest first; empty when the section is off. */
    public List<Project> projects(Pageable page) {
        return client(PortalSections::projects)
                .map(c -> page(
                                em.createQuery("""
                        select p from Project p where p.clientId = :client order by p.startDate desc, p.id desc""", io.clientele.project.Project.class)
                                        .setParameter("client", c.getId()),
                                page)
                        .stream()
                        .map(PortalService::project)
                        .toList())
                .orElse(List.of());
    }

    public long countProjects() {
        return client(PortalSections::projects)
                .map(c -> em.createQuery("select count(p) from Project p where p.clientId = :client", Long.class)
                        .setParameter("client", c.getId())
                        .getSingleResult())
                .orElse(0L);
    }

    /** One of the caller's projects. */
    public Project project(long id) {
        Client c = client(PortalSections::projects).orElseThrow(PortalNotFoundException::new);
        return em.createQuery(
                        "select p from Project p where p.id = :id and p.clientId = :client",
                        io.clientele.project.Project.class)
                .setParameter("id", id)
                .setParameter("client", c.getId())
                .getResultStream()
                .findFirst()
                .map(PortalService::project)
                .orElseThrow(PortalNotFoundException::new);
    }

    /** Hours worked on the caller's projects, newest first; empty when the timesheets section is off. */
    public List<TimeEntry> timeEntries(Pageable page) {
        return client(PortalSections::timesheets)
                .map(c -> page(em.createQuery("""
                        select t, p.name from TimeEntry t, Project p where p.id = t.projectId and p.clientId = :client
                        order by t.workDate desc, t.id desc""", Object[].class).setParameter("client", c.getId()), page).stream()
                        .map(r -> timeEntry((io.clientele.project.TimeEntry) r[0], (String) r[1]))
                        .toList())
                .orElse(List.of());
    }

    public long countTimeEntries() {
        return client(PortalSections::timesheets)
                .map(c -> em.createQuery("""
                        select count(t) from TimeEntry t, Project p where p.id = t.projectId
                        and p.clientId = :client""", Long.class)
                        .setParameter("client", c.getId())
                        .getSingleResult())
                .orElse(0L);
    }

    /** One time entry on one of the caller's projects. */
    public TimeEntry timeEntry(long id) {
        Client c = client(PortalSections::timesheets).orElseThrow(PortalNotFoundException::new);
        return em.createQuery("""
                        select t, p.name from TimeEntry t, Project p where t.id = :id and p.id = t.projectId
                        and p.clientId = :client""", Object[].class)
                .setParameter("id", id)
                .setParameter("client", c.getId())
                .getResultStream()
                .findFirst()
                .map(r -> timeEntry((io.clientele.project.TimeEntry) r[0], (String) r[1]))
                .orElseThrow(PortalNotFoundException::new);
    }

    /**
     * The caller's client if it is not trashed and the section is open to it. A caller without a client (disabled
     * account, account not tied to a client) is refused outright.
     */
    private Optional<Client> client(Predicate<PortalSections> section) {
        long clientId = accounts.currentClientId().orElseThrow(() -> new AccessDeniedException("No client"));
        Client client = em.find(Client.class, clientId);
        return Optional.ofNullable(client).filter(c -> !c.isTrashed() && section.test(c.portalSections()));
    }

    private <D extends BillingDocument> List<Document> documents(
            Class<D> type, Predicate<PortalSections> section, Pageable page) {
        return client(section)
                .map(c -> page(
                                em.createQuery(
                                                "select d from " + type.getSimpleName()
                                                        + " d where d.client.id = :client" + ISSUED
                                                        + " order by d.issueDate desc, d.id desc",
                                                type)
                                        .setParameter("client", c.getId()),
                                page)
                        .stream()
                        .map(PortalService::document)
                        .toList())
                .orElse(List.of());
    }

    private long countDocuments(Class<? extends BillingDocument> type, Predicate<PortalSections> section) {
        return client(section)
                .map(c -> em.createQuery(
                                "select count(d) from " + type.getSimpleName() + " d where d.client.id = :client"
                                        + ISSUED,
                                Long.class)
                        .setParameter("client", c.getId())
                        .getSingleResult())
                .orElse(0L);
    }

    private <D extends BillingDocument> DocumentDetail document(
            Class<D> type, Predicate<PortalSections> section, long id) {
        D d = own(type, section, id);
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

    /** One of the caller's issued documents, or "not found" for anyone else's, a draft, an unknown id. */
    private <D extends BillingDocument> D own(Class<D> type, Predicate<PortalSections> section, long id) {
        Client c = client(section).orElseThrow(PortalNotFoundException::new);
        return em.createQuery(
                        "select d from " + type.getSimpleName() + " d where d.id = :id and d.client.id = :client"
                                + ISSUED,
                        type)
                .setParameter("id", id)
                .setParameter("client", c.getId())
                .getResultStream()
                .findFirst()
                .orElseThrow(PortalNotFoundException::new);
    }

    private static <T> List<T> page(TypedQuery<T> query, Pageable page) {
        int size = Math.max(1, Math.min(page.getPageSize(), MAX_PAGE_SIZE));
        int offset = (int) Math.min(page.getOffset(), Integer.MAX_VALUE);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    private static Document document(BillingDocument d) {
        String status = d instanceof Invoice i
                ? i.getStatus().name()
                : ((Quote) d).getStatus().name();
        return new Document(
                d.getId(),
                d.getNumber(),
                status,
                d.getIssueDate(),
                d.getDueDate(),
                d.getCurrency(),
                d.getTotal(),
                d.getBalance());
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

    private static TimeEntry timeEntry(io.clientele.project.TimeEntry t, String projectName) {
        BigDecimal hours = t.getHours();
        return new TimeEntry(
                t.getId(),
                t.getWorkDate(),
                projectName,
                hours == null ? BigDecimal.ZERO : hours,
                t.getDescription(),
                t.isBillable());
    }
}
