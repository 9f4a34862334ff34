package io.clientele.billing;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.client.Client;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Quotes: the same shape as invoices; approved ones convert into an invoice in one action, once. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class QuoteService {

    private final QuoteRepository quotes;
    private final InvoiceService invoices;
    private final BillingQueries queries;
    private final BillingSupport support;
    private final NumberSequences numbers;
    private final SettingsService settings;

    QuoteService(
            QuoteRepository quotes,
            InvoiceService invoices,
            BillingQueries queries,
            BillingSupport support,
            NumberSequences numbers,
            SettingsService settings) {
        this.quotes = quotes;
        this.invoices = invoices;
        this.queries = queries;
        this.support = support;
        this.numbers = numbers;
        this.settings = settings;
    }

    public List<DocumentRow> list(BillingFilter filter, Pageable page) {
        return queries.documents(
                Quote.class,
                filter,
                page.getOffset(),
                Math.min(page.getPageSize(), InvoiceService.MAX_PAGE_SIZE),
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
        support.prepareNew(quote, client, "");
        quote.setIssueDate(support.today());
        quote.setDueDate(support.today().plusDays(30));
        return quote;
    }

    /** Creates or updates a quote; a converted quote is final. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote save(Quote quote) {
        support.validate(quote);
        if (quote.isNew()) {
            Client client =
                    support.clients.get(Objects.requireNonNull(quote.getClient().getId()));
            support.prepareNew(
                    quote,
                    client,
                    numbers.next(DocumentType.QUOTE, settings.get().getQuoteNumberPattern(), quote.getIssueDate()));
        } else if (get(Objects.requireNonNull(quote.getId())).getConvertedInvoiceId() != null) {
            throw new RuleViolationException("billing.quote.converted", quote.getNumber());
        }
        quote.recalculate();
        return quotes.saveAndFlush(quote);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void delete(long id) {
        quotes.delete(get(id));
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote markSent(long id) {
        Quote quote = get(id);
        if (quote.getSentAt() == null) {
            quote.setSentAt(support.clock.instant());
        }
        if (quote.getStatus() == QuoteStatus.DRAFT) {
            quote.setStatus(QuoteStatus.SENT);
        }
        return quote;
    }

    /** Approves or rejects an open quote. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Quote decide(long id, QuoteStatus decision) {
        if (decision != QuoteStatus.APPROVED && decision != QuoteStatus.REJECTED) {
            throw new IllegalArgumentException("Only approve or reject: " + decision);
        }
        Quote quote = get(id);
        if (quote.getConvertedInvoiceId() != null) {
            throw new RuleViolationException("billing.quote.converted", quote.getNumber());
        }
        quote.setStatus(decision);
        return quote;
    }

    /**
     * Converts an approved quote into a new invoice with the same lines, in one transaction, exactly once.
     * Returns the invoice.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Invoice convertToInvoice(long id) {
        Quote quote = get(id);
        if (quote.getConvertedInvoiceId() != null) {
            throw new RuleViolationException("billing.quote.converted", quote.getNumber());
        }
        if (!EnumSet.of(QuoteStatus.APPROVED).contains(quote.getStatus())) {
            throw new RuleViolationException("billing.quote.not-approved", quote.getNumber());
        }
        Invoice invoice =
                invoices.newInvoice(Objects.requireNonNull(quote.getClient().getId()));
        invoice.setLines(quote.getLines().stream().map(DocumentLine::copy).toList());
        invoice.setNotes(quote.getNotes());
        invoice.setBillingAddress(quote.getBillingAddress());
        invoice.setShippingAddress(quote.getShippingAddress());
        Invoice saved = invoices.save(invoice);
        quote.setConvertedInvoiceId(saved.getId());
        return saved;
    }
}
