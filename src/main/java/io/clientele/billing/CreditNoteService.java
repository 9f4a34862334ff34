package io.clientele.billing;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit notes: the only way to correct an issued invoice. Each takes back all or part of one invoice, by lines and
 * quantities or by an amount, is issued at once with the next number of its own sequence (Settings), in the invoice's
 * currency and the client's language, and lowers the invoice's balance and the client's amount owed in the same
 * transaction. Payments stay as they were: what was paid beyond the new balance shows as a refund due.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class CreditNoteService {

    private final CreditNoteRepository notes;
    private final InvoiceService invoices;
    private final BillingQueries queries;
    private final BillingSupport support;

    CreditNoteService(
            CreditNoteRepository notes, InvoiceService invoices, BillingQueries queries, BillingSupport support) {
        this.notes = notes;
        this.invoices = invoices;
        this.queries = queries;
        this.support = support;
    }

    /** One page of credit notes the caller may see, newest first. */
    public List<CreditNoteRow> list(BillingFilter filter, Pageable page) {
        return queries.creditNotes(filter, page.getOffset(), PageCap.size(page));
    }

    public long count(BillingFilter filter) {
        return queries.countCreditNotes(filter);
    }

    /** A credit note with its lines, if its client is visible to the caller; otherwise "not found". */
    public CreditNote get(long id) {
        CreditNote note = support.visible(notes.findWithLines(id).orElseThrow(() -> new DocumentNotFoundException(id)));
        note.setInvoiceNumber(String.valueOf(notes.invoiceNumber(note.getInvoiceId())));
        return note;
    }

    /** The credit notes of one invoice the caller may see, oldest first. */
    public List<CreditNote> forInvoice(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        List<CreditNote> found = notes.findByInvoiceId(invoiceId);
        found.forEach(n -> n.setInvoiceNumber(String.valueOf(invoice.getNumber())));
        return found;
    }

    /**
     * For the Client Center: the credit notes issued to the client the portal resolved from the login (never a
     * parameter the user chose), newest first.
     */
    @RolesAllowed(Roles.CLIENT)
    public List<CreditNoteRow> issuedTo(long clientId, Pageable page) {
        support.scope.require(clientId);
        return queries.creditNotesOf(clientId, page.getOffset(), PageCap.size(page));
    }

    @RolesAllowed(Roles.CLIENT)
    public long countIssuedTo(long clientId) {
        support.scope.require(clientId);
        return notes.countByClientId(clientId);
    }

    /** For the Client Center: one of that client's credit notes, or "not found" for anyone else's. */
    @RolesAllowed(Roles.CLIENT)
    public CreditNote issuedTo(long clientId, long id) {
        support.scope.require(clientId);
        CreditNote note = notes.findWithLines(id)
                .filter(n -> Objects.equals(n.getClient().getId(), clientId))
                .orElseThrow(() -> new DocumentNotFoundException(id));
        note.setInvoiceNumber(String.valueOf(notes.invoiceNumber(note.getInvoiceId())));
        return note;
    }

    /** The lines of an issued invoice with the quantity of each still creditable. */
    public List<CreditableLine> creditableLines(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        Map<Long, BigDecimal> credited = credited(invoiceId);
        List<CreditableLine> lines = new ArrayList<>();
        for (DocumentLine line : invoice.getLines()) {
            long id = Objects.requireNonNull(line.getId());
            BigDecimal remaining = line.getQuantity().subtract(credited.getOrDefault(id, BigDecimal.ZERO));
            lines.add(new CreditableLine(
                    id,
                    line.getDescription(),
                    line.getQuantity(),
                    remaining.max(BigDecimal.ZERO),
                    line.getUnitPrice(),
                    line.getTaxRate(),
                    line.getAmount()));
        }
        return lines;
    }

    /**
     * A partial credit note taking back chosen quantities of the invoice's lines (line id to quantity; zero or
     * missing leaves a line alone).
     *
     * @throws RuleViolationException {@code billing.credit.draft} for a draft, {@code billing.credit.nothing-chosen},
     *     {@code billing.credit.line-exceeds} naming the line and what is left of it, or
     *     {@code billing.credit.exceeds} naming the note's total and what remains creditable
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public CreditNote creditLines(long invoiceId, Map<Long, BigDecimal> quantities) {
        Invoice invoice = creditable(invoiceId);
        Map<Long, BigDecimal> credited = credited(invoiceId);
        List<DocumentLine> lines = new ArrayList<>();
        for (DocumentLine line : invoice.getLines()) {
            BigDecimal quantity = quantities.get(line.getId());
            if (quantity == null || quantity.signum() == 0) {
                continue;
            }
            BigDecimal remaining = line.getQuantity().subtract(credited.getOrDefault(line.getId(), BigDecimal.ZERO));
            if (quantity.signum() < 0 || quantity.compareTo(remaining) > 0) {
                throw new RuleViolationException(
                        "billing.credit.line-exceeds",
                        line.getDescription(),
                        remaining.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
            }
            lines.add(line.creditOf(quantity));
        }
        for (Long id : quantities.keySet()) {
            if (invoice.getLines().stream().noneMatch(l -> id.equals(l.getId()))) {
                throw new IllegalArgumentException("Line " + id + " is not on invoice " + invoiceId);
            }
        }
        if (lines.isEmpty()) {
            throw new RuleViolationException("billing.credit.nothing-chosen");
        }
        return issue(invoice, lines);
    }

    /**
     * A partial credit note for an amount (tax included), split over the invoice's tax rates in proportion to what
     * each rate was invoiced, described by {@code description} (printed, so in the client's language).
     *
     * @throws RuleViolationException {@code billing.credit.amount.positive}, {@code billing.credit.description
     *     .required}, or {@code billing.credit.exceeds} naming the amount and what remains creditable
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public CreditNote creditAmount(long invoiceId, BigDecimal amount, String description) {
        Invoice invoice = creditable(invoiceId);
        String currency = invoice.getCurrency();
        BigDecimal gross = Money.round(amount, currency);
        if (gross.signum() <= 0) {
            throw new RuleViolationException("billing.credit.amount.positive");
        }
        String text = description.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("billing.credit.description.required");
        }
        if (text.length() > DocumentLine.DESCRIPTION_MAX) {
            text = text.substring(0, DocumentLine.DESCRIPTION_MAX);
        }
        if (gross.compareTo(invoice.getCreditable()) > 0) {
            throw exceeds(gross, invoice);
        }
        return issue(invoice, amountLines(invoice, gross, text));
    }

    /**
     * "Cancel invoice": a credit note for everything that remains creditable. With nothing credited yet it repeats
     * the invoice's lines; after partial credits it takes the rest as an amount described by {@code description}.
     * The invoice then shows Cancelled.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public CreditNote cancelInvoice(long invoiceId, String description) {
        Invoice invoice = creditable(invoiceId);
        if (invoice.getCreditedTotal().signum() == 0) {
            return issue(
                    invoice,
                    invoice.getLines().stream()
                            .map(l -> l.creditOf(l.getQuantity()))
                            .toList());
        }
        return creditAmount(invoiceId, invoice.getCreditable(), description);
    }

    /**
     * "Correct": cancels the invoice with a full credit note and opens a new draft with the same lines, notes and
     * dates moved to today, to be edited and issued. Returns the draft.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Invoice correct(long invoiceId, String description) {
        Invoice original = invoices.get(invoiceId);
        List<DocumentLine> copies =
                original.getLines().stream().map(DocumentLine::copy).toList();
        String printedNotes = original.getNotes();
        cancelInvoice(invoiceId, description);
        Invoice draft = invoices.newInvoice(InvoiceService.clientId(original));
        draft.setLines(new ArrayList<>(copies));
        draft.setNotes(printedNotes);
        return invoices.save(draft);
    }

    private Invoice creditable(long invoiceId) {
        Invoice invoice = invoices.get(invoiceId);
        if (!invoice.isIssued()) {
            throw new RuleViolationException("billing.credit.draft");
        }
        if (invoice.getCreditable().signum() <= 0) {
            throw new RuleViolationException("billing.credit.nothing-left", String.valueOf(invoice.getNumber()));
        }
        return invoice;
    }

    private CreditNote issue(Invoice invoice, List<DocumentLine> lines) {
        CreditNote note = new CreditNote(Objects.requireNonNull(invoice.getId()), String.valueOf(invoice.getNumber()));
        note.assign(invoice.getClient(), invoice.getCurrency());
        note.setIssueDate(support.today());
        note.setLines(new ArrayList<>(lines));
        note.recalculate();
        if (note.getTotal().compareTo(invoice.getCreditable()) > 0) {
            throw exceeds(note.getTotal(), invoice);
        }
        // The client's row first, exclusively (the note's foreign key would take it shared, the amount owed then
        // exclusively: two writers of one client deadlocked), as for payments and new invoices.
        support.ledger.lockClients(List.of(InvoiceService.clientId(invoice)));
        support.issue(note, DocumentType.CREDIT_NOTE, invoice);
        CreditNote saved = notes.saveAndFlush(note);
        saved.setInvoiceNumber(String.valueOf(invoice.getNumber()));
        invoice.setCreditedTotal(Money.round(invoice.getCreditedTotal().add(saved.getTotal()), invoice.getCurrency()));
        invoice.deriveStatus(support.today());
        support.refreshAmountOwed(invoice);
        if (invoice.getStatus() == InvoiceStatus.CANCELLED) {
            support.withdrawn(Objects.requireNonNull(invoice.getId()), InvoiceService.clientId(invoice));
        }
        return saved;
    }

    private static RuleViolationException exceeds(BigDecimal asked, Invoice invoice) {
        return new RuleViolationException(
                "billing.credit.exceeds",
                asked.toPlainString(),
                invoice.getCreditable().toPlainString(),
                invoice.getCurrency());
    }

    private Map<Long, BigDecimal> credited(long invoiceId) {
        Map<Long, BigDecimal> credited = new HashMap<>();
        for (Object[] row : notes.creditedQuantities(invoiceId)) {
            credited.put((Long) row[0], (BigDecimal) row[1]);
        }
        return credited;
    }

    /**
     * Lines for a credit of {@code gross} (tax included): one per tax rate of the invoice, each rate's share in
     * proportion to what it was invoiced, the last taking the remainder so the shares add up. Each net amount is the
     * share without its tax; rounding can leave the total a minor unit off, which is taken off the last line when it
     * would exceed what was asked.
     */
    private static List<DocumentLine> amountLines(Invoice invoice, BigDecimal gross, String description) {
        String currency = invoice.getCurrency();
        // By rate and tax category: an e-invoice states each category's reason, so a share keeps the invoice's.
        Map<TaxKey, BigDecimal> byRate = new LinkedHashMap<>();
        for (DocumentLine line : invoice.getLines()) {
            byRate.merge(new TaxKey(line), line.getAmount().add(line.getTaxAmount()), BigDecimal::add);
        }
        BigDecimal invoiced = invoice.getTotal();
        List<DocumentLine> lines = new ArrayList<>();
        BigDecimal left = gross;
        List<Map.Entry<TaxKey, BigDecimal>> rates = new ArrayList<>(byRate.entrySet());
        rates.removeIf(e -> e.getValue().signum() == 0);
        for (int i = 0; i < rates.size(); i++) {
            TaxKey key = rates.get(i).getKey();
            BigDecimal rate = key.rate();
            BigDecimal share = i == rates.size() - 1
                    ? left
                    : Money.round(
                            gross.multiply(rates.get(i).getValue()).divide(invoiced, 10, RoundingMode.HALF_UP),
                            currency);
            left = left.subtract(share);
            BigDecimal net = Money.round(
                    share.multiply(BigDecimal.valueOf(100))
                            .divide(BigDecimal.valueOf(100).add(rate), 10, RoundingMode.HALF_UP),
                    currency);
            BigDecimal minor = BigDecimal.ONE.movePointLeft(Money.scale(currency));
            while (net.signum() > 0 && net.add(Money.tax(net, rate, currency)).compareTo(share) > 0) {
                net = net.subtract(minor);
            }
            if (net.signum() > 0) {
                DocumentLine line = new DocumentLine(description, BigDecimal.ONE, net, rate);
                line.setUnitCode(UnitCodes.LUMP_SUM);
                line.setTaxCategory(key.category());
                line.setExemptionReason(key.reason());
                lines.add(line);
            }
        }
        return lines;
    }

    /** What a credited share keeps of the invoice lines it stands for. */
    private record TaxKey(
            BigDecimal rate,
            @Nullable TaxCategory category,
            @Nullable String reason) {
        TaxKey(DocumentLine line) {
            this(line.getTaxRate().stripTrailingZeros(), line.getTaxCategory(), line.getExemptionReason());
        }
    }
}
