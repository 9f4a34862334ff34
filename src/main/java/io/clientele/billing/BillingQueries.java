package io.clientele.billing;

import io.clientele.base.domain.LikePattern;
import io.clientele.client.Client;
import io.clientele.client.ClientScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The billing lists: filter, sort and page in SQL, and only records of clients the caller may see (live ones):
 * the same visibility rule as the client list, applied in the query.
 */
@Component
class BillingQueries {

    private static final char ESCAPE = '\\';

    private final EntityManager em;
    private final ClientScope scope;

    BillingQueries(EntityManager em, ClientScope scope) {
        this.em = em;
        this.scope = scope;
    }

    <D extends BillingDocument> List<DocumentRow> documents(
            Class<D> type, BillingFilter filter, long offset, int limit, Sort sort, Sort fallback) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<DocumentRow> q = cb.createQuery(DocumentRow.class);
        Root<D> d = q.from(type);
        Join<D, Client> c = d.join("client");
        q.select(documentRow(cb, d, c));
        q.where(documentPredicates(cb, d, c, filter, "number"));
        q.orderBy(orders(cb, d, sort.isSorted() ? sort : fallback, BillingSort.DOCUMENTS));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    <D extends BillingDocument> long countDocuments(Class<D> type, BillingFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<D> d = q.from(type);
        Join<D, Client> c = d.join("client");
        q.select(cb.count(d)).where(documentPredicates(cb, d, c, filter, "number"));
        return em.createQuery(q).getSingleResult();
    }

    /** Credit notes with the number of the invoice each corrects (joined by id: the note holds only that). */
    List<CreditNoteRow> creditNotes(BillingFilter filter, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CreditNoteRow> q = cb.createQuery(CreditNoteRow.class);
        Root<CreditNote> n = q.from(CreditNote.class);
        Join<CreditNote, Client> c = n.join("client");
        Root<Invoice> i = q.from(Invoice.class);
        q.select(cb.construct(
                CreditNoteRow.class,
                n.get("id"),
                n.get("number"),
                c.get("id"),
                c.get("name"),
                n.get("issueDate"),
                n.get("currency"),
                n.get("total"),
                i.get("id"),
                i.get("number"),
                n.get("einvoice").get("format")));
        List<Predicate> where = new ArrayList<>(List.of(documentPredicates(cb, n, c, filter, "number")));
        where.add(cb.equal(i.get("id"), n.get("invoiceId")));
        q.where(where.toArray(Predicate[]::new));
        q.orderBy(cb.desc(n.get("issueDate")), cb.desc(n.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** One client's credit notes, for the Client Center (which has its own access rule: the client of the login). */
    List<CreditNoteRow> creditNotesOf(long clientId, long offset, int limit) {
        return em.createQuery("""
                        select new io.clientele.billing.CreditNoteRow(n.id, n.number, c.id, c.name, n.issueDate,
                          n.currency, n.total, i.id, i.number, n.einvoice.format)
                        from CreditNote n join n.client c, Invoice i
                        where i.id = n.invoiceId and c.id = :clientId order by n.issueDate desc, n.id desc""", CreditNoteRow.class)
                .setParameter("clientId", clientId)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    long countCreditNotes(BillingFilter filter) {
        return countDocuments(CreditNote.class, filter);
    }

    List<PaymentRow> payments(BillingFilter filter, long offset, int limit, Sort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PaymentRow> q = cb.createQuery(PaymentRow.class);
        Root<Payment> p = q.from(Payment.class);
        Join<Payment, Invoice> i = p.join("invoice");
        Join<Invoice, Client> c = i.join("client");
        q.select(cb.construct(
                PaymentRow.class,
                p.get("id"),
                p.get("reference"),
                p.get("method"),
                i.get("id"),
                i.get("number"),
                c.get("id"),
                c.get("name"),
                p.get("amount"),
                p.get("currency"),
                p.get("date"),
                c.get("trashedAt")));
        q.where(paymentPredicates(cb, p, i, c, filter));
        q.orderBy(orders(
                cb, p, sort.isSorted() ? sort : Sort.by(Sort.Direction.DESC, BillingSort.DATE), BillingSort.PAYMENTS));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    long countPayments(BillingFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Payment> p = q.from(Payment.class);
        Join<Payment, Invoice> i = p.join("invoice");
        Join<Invoice, Client> c = i.join("client");
        q.select(cb.count(p)).where(paymentPredicates(cb, p, i, c, filter));
        return em.createQuery(q).getSingleResult();
    }

    /**
     * Open balances of the caller's invoices in these statuses, per currency, summed live: the reference the
     * dashboard's kept totals ({@link OpenBalanceLedger}) are tested against. Reads every open invoice the caller may
     * see (ix_documents_open, each joined to its client): too slow for the dashboard at a million clients. Live
     * clients only: issue 19 leaves invoices of clients in the Trash out of the dashboard's sums (the lists still
     * find them).
     */
    List<CurrencySum> openBalancesLive(Collection<String> statuses) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CurrencySum> q = cb.createQuery(CurrencySum.class);
        Root<Invoice> d = q.from(Invoice.class);
        Join<Invoice, Client> c = d.join("client");
        List<Predicate> all =
                clientPredicates(cb, c, BillingFilter.all().withClientTrash(BillingFilter.ClientTrash.LIVE));
        all.add(d.get("statusCode").in(statuses));
        all.add(cb.gt(d.get("balance"), BigDecimal.ZERO));
        q.select(cb.construct(CurrencySum.class, d.get("currency"), cb.sum(d.get("balance")), cb.count(d)))
                .where(all.toArray(Predicate[]::new))
                .groupBy(d.get("currency"))
                .orderBy(cb.asc(d.get("currency")));
        return em.createQuery(q).getResultList();
    }

    /**
     * The one selection of a {@link DocumentRow}: every list of documents builds its rows here, so a column added to the
     * row is added to every query at once (the dashboard's copy once missed the client's trash mark).
     */
    private static CompoundSelection<DocumentRow> documentRow(
            CriteriaBuilder cb, Root<? extends BillingDocument> d, Join<?, Client> c) {
        return cb.construct(
                DocumentRow.class,
                d.get("id"),
                d.get("number"),
                c.get("id"),
                c.get("name"),
                d.get("issueDate"),
                d.get("dueDate"),
                d.get("currency"),
                d.get("total"),
                d.get("balance"),
                d.get("statusCode"),
                c.get("trashedAt"),
                Invoice.class.isAssignableFrom(d.getJavaType()) ? d.get("disputedAt") : cb.nullLiteral(Instant.class));
    }

    /**
     * The caller's unpaid invoices in these statuses due between the two dates (inclusive), soonest first. One query
     * per status, each ordered by due date alone, so that it walks {@code ix_documents_open} (type, status, due date)
     * in order and stops after {@code limit} rows, instead of sorting the whole week's invoices (tens of thousands at
     * 1,000,000 clients) for five of them; the lists are merged here.
     */
    List<DocumentRow> dueBetween(Collection<String> statuses, LocalDate from, LocalDate to, int limit) {
        List<DocumentRow> soonest = new ArrayList<>();
        for (String status : new TreeSet<>(statuses)) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<DocumentRow> q = cb.createQuery(DocumentRow.class);
            Root<Invoice> d = q.from(Invoice.class);
            Join<Invoice, Client> c = d.join("client");
            q.select(documentRow(cb, d, c));
            q.where(duePredicates(cb, d, c, Set.of(status), from, to)).orderBy(cb.asc(d.get("dueDate")));
            soonest.addAll(em.createQuery(q).setMaxResults(limit).getResultList());
        }
        soonest.sort(Comparator.comparing(DocumentRow::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(DocumentRow::id));
        return List.copyOf(soonest.subList(0, Math.min(limit, soonest.size())));
    }

    /** How many invoices {@link #dueBetween} would list without a limit, counted live: the kept figure's reference. */
    long countDueBetweenLive(Collection<String> statuses, LocalDate from, LocalDate to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Invoice> d = q.from(Invoice.class);
        Join<Invoice, Client> c = d.join("client");
        q.select(cb.count(d)).where(duePredicates(cb, d, c, statuses, from, to));
        return em.createQuery(q).getSingleResult();
    }

    private Predicate[] duePredicates(
            CriteriaBuilder cb,
            Root<Invoice> d,
            Join<Invoice, Client> c,
            Collection<String> statuses,
            LocalDate from,
            LocalDate to) {
        List<Predicate> all = clientPredicates(cb, c, BillingFilter.all());
        all.add(d.get("statusCode").in(statuses));
        all.add(cb.between(d.get("dueDate"), from, to));
        all.add(cb.gt(d.get("balance"), BigDecimal.ZERO));
        return all.toArray(Predicate[]::new);
    }

    /**
     * Payments the caller may see received between the two dates (inclusive), per currency, summed live over the
     * payments (ix_payments_date_currency): the reference of the kept figure ({@link OpenBalanceLedger#received}).
     */
    List<CurrencySum> receivedLive(LocalDate from, LocalDate to) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CurrencySum> q = cb.createQuery(CurrencySum.class);
        Root<Payment> p = q.from(Payment.class);
        Join<Payment, Invoice> i = p.join("invoice");
        Join<Invoice, Client> c = i.join("client");
        List<Predicate> all = clientPredicates(cb, c, BillingFilter.all());
        all.add(cb.between(p.get("date"), from, to));
        q.select(cb.construct(CurrencySum.class, p.get("currency"), cb.sum(p.get("amount")), cb.count(p)))
                .where(all.toArray(Predicate[]::new))
                .groupBy(p.get("currency"))
                .orderBy(cb.asc(p.get("currency")));
        return em.createQuery(q).getResultList();
    }

    private Predicate[] documentPredicates(
            CriteriaBuilder cb, From<?, ?> d, Join<?, Client> c, BillingFilter f, String numberAttribute) {
        List<Predicate> all = clientPredicates(cb, c, f);
        if (f.clientId() == null && f.clientTrash() != BillingFilter.ClientTrash.LIVE) {
            // A trashed client's drafts were never sent: only its issued documents stay findable.
            all.add(cb.or(ClientScope.live(cb, c), cb.notEqual(d.get("statusCode"), "DRAFT")));
        }
        String search = f.normalizedSearch();
        if (!search.isEmpty()) {
            String pattern = "%" + LikePattern.escape(search) + "%";
            all.add(cb.or(cb.like(d.get(numberAttribute), pattern, ESCAPE), cb.like(c.get("name"), pattern, ESCAPE)));
        }
        if (!f.statuses().isEmpty()) {
            all.add(d.get("statusCode").in(f.statuses()));
        }
        return all.toArray(Predicate[]::new);
    }

    private Predicate[] paymentPredicates(
            CriteriaBuilder cb, Root<Payment> p, Join<Payment, Invoice> i, Join<Invoice, Client> c, BillingFilter f) {
        List<Predicate> all = clientPredicates(cb, c, f);
        String search = f.normalizedSearch();
        if (!search.isEmpty()) {
            String pattern = "%" + LikePattern.escape(search) + "%";
            all.add(cb.or(
                    cb.like(p.get("reference"), pattern, ESCAPE),
                    cb.like(i.get("number"), pattern, ESCAPE),
                    cb.like(c.get("name"), pattern, ESCAPE)));
        }
        return all.toArray(Predicate[]::new);
    }

    /**
     * Every billing list narrowed to one client (the overview's tabs) checks that client through the client guard
     * first: "not yours" reads as "not found", not as an empty list.
     */
    private List<Predicate> clientPredicates(CriteriaBuilder cb, Join<?, Client> c, BillingFilter f) {
        if (f.clientId() != null) {
            scope.require(f.clientId());
        }
        List<Predicate> all = new ArrayList<>();
        if (f.clientId() != null) {
            all.add(scope.visible(cb, c));
            all.add(cb.equal(c.get("id"), f.clientId()));
            return all;
        }
        // Across all clients, records of clients in the Trash stay findable (marked in the list), unless filtered.
        switch (f.clientTrash()) {
            case LIVE -> all.add(scope.visible(cb, c));
            case TRASHED -> {
                all.add(scope.accessible(cb, c));
                all.add(cb.isNotNull(c.get("trashedAt")));
            }
            case ANY -> all.add(scope.accessible(cb, c));
        }
        return all;
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<?> root, Sort sort, Map<String, List<String>> keys) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order o : sort) {
            List<String> attribute = keys.get(o.getProperty());
            if (attribute == null) {
                throw new IllegalArgumentException("Cannot sort by " + o.getProperty());
            }
            Path<?> path = root;
            for (String part : attribute) {
                path = path.get(part);
            }
            orders.add(o.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.desc(root.get("id")));
        return orders;
    }
}
