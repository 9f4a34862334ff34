package io.clientele.billing;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.client.Client;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotes: the same shape as invoices, drafts until issued (sent, or approved), their lines frozen from then on;
 * approved ones convert into a draft invoice in one action, once, and then show Converted.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class QuoteService {

    private final QuoteRepository quotes;
    private final InvoiceService invoices;
    private final BillingQueries queries;
    private final BillingSupport support;

    QuoteService(QuoteRepository quotes, InvoiceService invoices, BillingQueries queries, BillingSupport support) {
        this.quotes = quotes;
        this.invoices = invoices;
        this.queries = queries;
        this.support = support;
    }

    public List<DocumentRow> list(BillingFilter filter, Pageable page) {
        return queries.documents(
                Quote.class,
                filter,
                page.getOffset(),
                PageCap.size(page),
                page.getSort(),
                Sort.by(Sort.Direction.DESC, BillingSort.ISSUE_DATE));
    }

    public long count(BillingFilter filter) {
        return queries.countDocuments(Quote.class, filter);
    }

    public Quote get(long id) {
        return support.visible(quotes.findWithLines(id).orElseThrow(() -> new DocumentNotFoundException(id)));
    }

    /** A new, unsaved quote for a client, valid for 30 days, in the client's currency. */
    public Quote newQuote(long clientId) {
        Client client = support.clients.get(clientId);
        Quote quote = new Quote();
        support.prepareNew(quote, client);
        quote.setIssueDate(support.today());
        quote.setDueDate(support.today().plusDays(30));
        return quote;
    }

    /** Creates or updates a draft quote; an issued quote's content is frozen ({@code billing.issued.locked}). */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote save(Quote quote) {
        support.validate(quote);
        if (quote.isNew()) {
            Client client =
                    support.clients.get(Objects.requireNonNull(quote.getClient().getId()));
            support.prepareNew(quote, client);
            support.keepOwnLineIds(quote, null);
        } else {
            Quote stored = get(Objects.requireNonNull(quote.getId()));
            support.requireDraft(quote);
            support.keepOwnLineIds(quote, stored);
        }
        quote.recalculate();
        return quotes.saveAndFlush(quote);
    }

    /** Deletes a draft quote; an issued one stays in the books ({@code billing.issued.locked}). */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void delete(long id) {
        Quote quote = get(id);
        support.requireDraft(quote);
        quotes.delete(quote);
    }

    /** Issues a draft quote: the next quote number, its lines and parties frozen. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote issue(long id) {
        Quote quote = get(id);
        support.issue(quote, DocumentType.QUOTE);
        if (quote.getStatus() == QuoteStatus.DRAFT) {
            quote.setStatus(QuoteStatus.SENT);
        }
        return quote;
    }

    /** Whether the quote's valid-until date has passed: approving it then needs an explicit confirmation. */
    public boolean isExpired(Quote quote) {
        return quote.getDueDate() != null && quote.getDueDate().isBefore(support.today());
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote markSent(long id) {
        Quote quote = get(id);
        support.issue(quote, DocumentType.QUOTE);
        if (quote.getSentAt() == null) {
            quote.setSentAt(support.clock.instant());
        }
        // Sending a declined quote again offers it again: the client may then accept it (QuoteResponses).
        if (quote.getStatus() == QuoteStatus.DRAFT || quote.getStatus() == QuoteStatus.REJECTED) {
            quote.setStatus(QuoteStatus.SENT);
        }
        return quote;
    }

    /** Approves or rejects an open quote; an expired one is refused (see {@link #decide(long, QuoteStatus, boolean)}). */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote decide(long id, QuoteStatus decision) {
        return decide(id, decision, false);
    }

    /**
     * Approves or rejects an open quote, issuing it first if it is still a draft. Approving a quote past its
     * valid-until date is refused ({@code billing.quote.expired}, naming the date) unless {@code expiredConfirmed}
     * says the user saw that warning and approves anyway.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote decide(long id, QuoteStatus decision, boolean expiredConfirmed) {
        if (decision != QuoteStatus.APPROVED && decision != QuoteStatus.REJECTED) {
            throw new IllegalArgumentException("Only approve or reject: " + decision);
        }
        Quote quote = get(id);
        if (quote.getConvertedInvoiceId() != null) {
            throw new RuleViolationException("billing.quote.converted", String.valueOf(quote.getNumber()));
        }
        if (decision == QuoteStatus.APPROVED && isExpired(quote) && !expiredConfirmed) {
            throw new RuleViolationException(
                    "billing.quote.expired", String.valueOf(quote.getNumber()), String.valueOf(quote.getDueDate()));
        }
        support.issue(quote, DocumentType.QUOTE);
        quote.setStatus(decision);
        return quote;
    }

    /**
     * Converts an approved quote into a new draft invoice with the same lines, in one transaction, exactly once; the
     * quote then shows Converted and links to it. Returns the invoice (to be reviewed and issued).
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Invoice convertToInvoice(long id) {
        Quote quote = get(id);
        if (quote.getConvertedInvoiceId() != null) {
            throw new RuleViolationException("billing.quote.converted", String.valueOf(quote.getNumber()));
        }
        if (!EnumSet.of(QuoteStatus.APPROVED).contains(quote.getStatus())) {
            throw new RuleViolationException("billing.quote.not-approved", String.valueOf(quote.getNumber()));
        }
        Invoice invoice =
                invoices.newInvoice(Objects.requireNonNull(quote.getClient().getId()));
        invoice.setLines(quote.getLines().stream().map(DocumentLine::copy).toList());
        invoice.setNotes(quote.getNotes());
        // Issue 22: billed to the parent company as the quote was.
        invoice.setBillToParent(quote.isBillToParent());
        invoice.setBillingAddress(quote.getBillingAddress());
        invoice.setShippingAddress(quote.getShippingAddress());
        Invoice saved = invoices.save(invoice);
        quote.setConvertedInvoiceId(saved.getId());
        quote.setStatus(QuoteStatus.CONVERTED);
        return saved;
    }
}
