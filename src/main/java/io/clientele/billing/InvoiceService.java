package io.clientele.billing;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.mail.MailTexts;
import io.clientele.base.security.Roles;
import io.clientele.client.Client;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices: lists, drafts, issuing with sequential numbers, sending, the public link, and the status rules. A draft
 * is freely edited and deleted; an issued invoice is a record: only payments, status transitions, internal notes and
 * its public link change afterwards, corrections go through credit notes. Every change keeps the client's amount
 * owed in step in the same transaction.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class InvoiceService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final BillingQueries queries;
    private final BillingSupport support;

    InvoiceService(
            InvoiceRepository invoices, PaymentRepository payments, BillingQueries queries, BillingSupport support) {
        this.invoices = invoices;
        this.payments = payments;
        this.queries = queries;
        this.support = support;
    }

    /** One page of invoices the caller may see, sorted in SQL by {@link BillingSort} keys (newest first). */
    public List<DocumentRow> list(BillingFilter filter, Pageable page) {
        return queries.documents(
                Invoice.class,
                filter,
                page.getOffset(),
                PageCap.size(page),
                page.getSort(),
                Sort.by(Sort.Direction.DESC, BillingSort.ISSUE_DATE));
    }

    public long count(BillingFilter filter) {
        return queries.countDocuments(Invoice.class, filter);
    }

    /** Statuses of issued invoices that still wait for money. */
    public static final Set<String> OPEN_STATUSES =
            Set.of(InvoiceStatus.SENT.name(), InvoiceStatus.VIEWED.name(), InvoiceStatus.OVERDUE.name());

    /**
     * What the caller's clients owe on issued invoices, per currency (overdue ones included): read from the totals
     * kept per audience ({@link OpenBalanceLedger}), one row per currency whatever the number of clients.
     */
    public List<CurrencySum> outstandingByCurrency() {
        return support.ledger.outstanding(support.scope.caller());
    }

    /** What the caller's clients owe on overdue invoices, per currency (kept like {@link #outstandingByCurrency}). */
    public List<CurrencySum> overdueByCurrency() {
        return support.ledger.overdue(support.scope.caller());
    }

    /**
     * Recounts the dashboard's open balances and the group report's months from the invoices: for data written
     * around the services (demo and benchmark seeding). Reads every invoice once.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void recountOpenBalances() {
        support.ledger.rebuild();
        // The group report's months (issue 18) too: the same invoices, written around the services.
        support.months.rebuild();
    }

    /**
     * Unpaid, not yet overdue invoices of the caller's clients due from {@code from} to {@code to} (inclusive),
     * soonest first, at most {@code limit}.
     */
    public List<DocumentRow> dueBetween(LocalDate from, LocalDate to, int limit) {
        return queries.dueBetween(NOT_YET_DUE, from, to, PageCap.size(limit));
    }

    /** How many invoices {@link #dueBetween} would list without a limit. */
    public long countDueBetween(LocalDate from, LocalDate to) {
        // Kept per audience and day (OpenBalanceLedger): at most one row per day, whatever the number of clients.
        return support.ledger.dueCount(support.scope.caller(), from, to);
    }

    static final Set<String> NOT_YET_DUE = Set.of(InvoiceStatus.SENT.name(), InvoiceStatus.VIEWED.name());

    /** An invoice with its lines, if its client is visible to the caller; otherwise "not found". */
    public Invoice get(long id) {
        return support.visible(invoices.findWithLines(id).orElseThrow(() -> new DocumentNotFoundException(id)));
    }

    /**
     * A new, unsaved invoice for a client: issued today, due after the client's payment terms, in the client's
     * currency, with the client's addresses copied. A draft: it gets its number when it is issued.
     */
    public Invoice newInvoice(long clientId) {
        Client client = support.clients.get(clientId);
        Invoice invoice = new Invoice();
        support.prepareNew(invoice, client);
        invoice.setIssueDate(support.today());
        invoice.setDueDate(support.today().plusDays(support.paymentDays(client)));
        return invoice;
    }

    /**
     * Creates or updates a draft invoice: recomputes lines and totals with the currency's rounding. An issued
     * invoice is refused ({@code billing.issued.locked}): it is corrected with a credit note, never edited.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Invoice save(Invoice invoice) {
        support.validate(invoice);
        if (invoice.isNew()) {
            Client client = support.clients.get(
                    Objects.requireNonNull(invoice.getClient().getId()));
            support.prepareNew(invoice, client);
            support.keepOwnLineIds(invoice, null);
            // The client's row first, exclusively, as a payment does: the insert's foreign key takes a shared lock on
            // it and the amount owed then wants it exclusively, so two new invoices of one client at once deadlocked.
            support.ledger.lockClients(List.of(client.getId()));
        } else {
            Invoice stored = get(Objects.requireNonNull(invoice.getId()));
            support.requireDraft(invoice);
            support.keepOwnLineIds(invoice, stored);
        }
        invoice.recalculate();
        invoice.deriveStatus(support.today());
        Invoice saved = invoices.saveAndFlush(invoice);
        support.refreshAmountOwed(saved);
        support.linesSaved(saved);
        return saved;
    }

    /**
     * Deletes a draft invoice. An issued one is refused ({@code billing.issued.locked}): its number must stay in
     * the books; cancel it with a credit note instead.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void delete(long id) {
        Invoice invoice = get(id);
        support.requireDraft(invoice);
        if (payments.countByInvoiceId(id) > 0) {
            throw new RuleViolationException("billing.invoice.has-payments", String.valueOf(invoice.getNumber()));
        }
        long clientId = clientId(invoice);
        invoices.delete(invoice);
        invoices.flush();
        support.refreshAmountOwed(clientId);
        support.withdrawn(id, clientId);
    }

    /**
     * Issues a draft invoice: takes the next invoice number in this transaction and freezes its content, parties and
     * language, recording who issued it and when. Issuing an issued invoice changes nothing.
     *
     * @throws RuleViolationException {@code billing.issue.no-lines}, {@code billing.issue.zero-total} or
     *     {@code billing.issue.address-required}
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Invoice issue(long id) {
        Invoice invoice = get(id);
        lockClientFirst(invoice);
        support.issue(invoice, DocumentType.INVOICE);
        invoice.deriveStatus(support.today());
        support.refreshAmountOwed(invoice);
        return invoice;
    }

    /** Marks an invoice sent (once), issuing it first if it is a draft; the e-mail itself is the mailer's business. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Invoice markSent(long id) {
        Invoice invoice = get(id);
        lockClientFirst(invoice);
        support.issue(invoice, DocumentType.INVOICE);
        if (invoice.getSentAt() == null) {
            invoice.setSentAt(support.clock.instant());
        }
        invoice.deriveStatus(support.today());
        support.refreshAmountOwed(invoice);
        return invoice;
    }

    /**
     * The invoice's client row, locked before the number is taken: the number's unique index check locks a range of
     * that index, which a new draft's insert (holding its client's row) waits for, while the amount owed then wants
     * the client's row. Every writer of a client's documents takes the client's row first (see OpenBalanceLedger).
     */
    private void lockClientFirst(Invoice invoice) {
        support.ledger.lockClients(List.of(clientId(invoice)));
    }

    /** Changes the staff-only notes, which no document prints: allowed on issued invoices too. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Invoice saveInternalNotes(long id, @Nullable String notes) {
        Invoice invoice = get(id);
        String text = notes == null || notes.isBlank() ? null : notes.strip();
        if (text != null && text.length() > BillingDocument.NOTES_MAX) {
            throw new RuleViolationException("billing.internal-notes.too-long", BillingDocument.NOTES_MAX);
        }
        invoice.setInternalNotes(text);
        return invoice;
    }

    /** The invoice's public link token, created on first use: 256 random bits, URL-safe. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public String publicToken(long id) {
        Invoice invoice = get(id);
        if (invoice.getPublicToken() == null) {
            invoice.setPublicToken(newToken());
        }
        return Objects.requireNonNull(invoice.getPublicToken());
    }

    /** Revokes the public link; the old address then answers "not found". */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void revokePublicToken(long id) {
        get(id).setPublicToken(null);
    }

    /** Replaces the public link with a new one; the old one stops working at once. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public String regeneratePublicToken(long id) {
        Invoice invoice = get(id);
        invoice.setPublicToken(newToken());
        return Objects.requireNonNull(invoice.getPublicToken());
    }

    /**
     * The invoice behind a public link, for anyone holding it. The first open marks it viewed. An unknown, altered
     * or revoked token, or a draft, or a trashed client, is simply empty.
     */
    @Transactional
    @PermitAll
    public Optional<Invoice> openPublic(String token) {
        if (token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return invoices.findByPublicTokenHash(BillingDocument.tokenHash(token))
                .filter(i ->
                        i.getStatus() != InvoiceStatus.DRAFT && !i.getClient().isTrashed())
                .map(i -> {
                    if (i.getViewedAt() == null) {
                        i.setViewedAt(support.clock.instant());
                        i.deriveStatus(support.today());
                        // Viewed after its due date: it turns overdue here, before the nightly job. The client
                        // first, as everywhere (see OpenBalanceLedger's lock order).
                        support.ledger.lockClients(List.of(clientId(i)));
                        support.ledger.track(i);
                    }
                    return i;
                });
    }

    /** The invoice behind a live public link, as {@link #openPublic} finds it, without marking it viewed. */
    @PermitAll
    public Optional<Invoice> findPublic(String token) {
        if (token.length() < 20 || token.length() > 64) {
            return Optional.empty();
        }
        return invoices.findByPublicTokenHash(BillingDocument.tokenHash(token))
                .filter(i ->
                        i.getStatus() != InvoiceStatus.DRAFT && !i.getClient().isTrashed());
    }

    /** Marks every unpaid sent invoice past its due date Overdue; returns how many changed. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int markOverdue() {
        // Invoice by invoice, not one bulk update: each one's move from "due" to "overdue" is counted in the
        // dashboard's totals. A night's worth is a few thousand at a million clients.
        List<Invoice> due = invoices.findBecomingOverdue(support.today());
        support.ledger.lockClients(due.stream().map(InvoiceService::clientId).toList());
        for (Invoice invoice : due) {
            invoice.markOverdue();
            support.ledger.track(invoice);
        }
        invoices.flush();
        return due.size();
    }

    /**
     * Open, undisputed invoices due from {@code from} to {@code to}, with an id above {@code afterId}, by id, at most
     * {@code limit}: what the payment reminder job pages through. For the job (system caller).
     */
    @RolesAllowed(Roles.ADMIN)
    public List<RemindableInvoice> remindable(LocalDate from, LocalDate to, long afterId, int limit) {
        return invoices.findRemindable(from, to, afterId, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /**
     * Marks an issued invoice disputed by the client, with the reason; payment reminders pause until the dispute is
     * cleared. Not a change to the record: nothing printed moves.
     *
     * @throws RuleViolationException {@code billing.dispute.not-issued} for a draft,
     *     {@code billing.dispute.reason.required} or {@code billing.dispute.reason.too-long}
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public Invoice markDisputed(long id, String reason) {
        Invoice invoice = get(id);
        if (!invoice.isIssued()) {
            throw new RuleViolationException("billing.dispute.not-issued");
        }
        String text = reason.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("billing.dispute.reason.required");
        }
        if (text.length() > Invoice.DISPUTE_REASON_MAX) {
            throw new RuleViolationException("billing.dispute.reason.too-long", Invoice.DISPUTE_REASON_MAX);
        }
        invoice.dispute(support.clock.instant(), text);
        return invoice;
    }

    /** Ends a dispute: the invoice's payment reminders resume with the next step due. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public Invoice clearDispute(long id) {
        Invoice invoice = get(id);
        invoice.dispute(null, null);
        return invoice;
    }

    /**
     * Issues a separate late-fee invoice for {@code invoiceId}: issued invoices are records and never gain a line, so
     * the fee is a new invoice of one untaxed line ("Late fee for invoice …" in the client's language), issued at once
     * so that the reminder can name, attach and link it. Returns the new invoice.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public Invoice issueLateFee(long invoiceId, BigDecimal amount) {
        Invoice overdue = get(invoiceId);
        Invoice fee = newInvoice(clientId(overdue));
        String language = overdue.getLanguage() == null ? "en" : overdue.getLanguage();
        String description = new MailTexts(DocumentMailService.MAIL_BUNDLE, BillingFormat.locale(language))
                .text("mail.reminder.fee-line", String.valueOf(overdue.getNumber()));
        fee.setLines(List.of(new DocumentLine(description, BigDecimal.ONE, amount, BigDecimal.ZERO)));
        long feeId = Objects.requireNonNull(save(fee).getId());
        return issue(feeId);
    }

    static long clientId(BillingDocument document) {
        return Objects.requireNonNull(document.getClient().getId());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
