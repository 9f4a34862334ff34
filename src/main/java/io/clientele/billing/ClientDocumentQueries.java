package io.clientele.billing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Billing records of one client: what it received (documents that left the drafts, payments) and whether it has any
 * document at all. The caller's right to see the client is checked by the services before any of these runs.
 */
@Component
class ClientDocumentQueries {

    /** Invoices and quotes share the draft status name; a draft never leaves the back office. */
    private static final String DRAFT = InvoiceStatus.DRAFT.name();

    private final EntityManager em;

    ClientDocumentQueries(EntityManager em) {
        this.em = em;
    }

    <D extends BillingDocument> List<D> issued(Class<D> type, long clientId, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<D> q = cb.createQuery(type);
        Root<D> d = q.from(type);
        q.select(d).where(issuedTo(cb, d, clientId)).orderBy(cb.desc(d.get("issueDate")), cb.desc(d.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    <D extends BillingDocument> long countIssued(Class<D> type, long clientId, boolean openOnly) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<D> d = q.from(type);
        Predicate issued = issuedTo(cb, d, clientId);
        q.select(cb.count(d)).where(openOnly ? cb.and(issued, cb.gt(d.get("balance"), 0)) : issued);
        return em.createQuery(q).getSingleResult();
    }

    <D extends BillingDocument> Optional<D> issuedOne(Class<D> type, long clientId, long id) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<D> q = cb.createQuery(type);
        Root<D> d = q.from(type);
        q.select(d).where(cb.and(issuedTo(cb, d, clientId), cb.equal(d.get("id"), id)));
        return em.createQuery(q).getResultStream().findFirst();
    }

    List<Payment> payments(long clientId, long offset, int limit) {
        return em.createQuery("""
                        select p from Payment p left join fetch p.invoice where p.clientId = :clientId
                        order by p.date desc, p.id desc""", Payment.class)
                .setParameter("clientId", clientId)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    long countPayments(long clientId) {
        return em.createQuery("select count(p) from Payment p where p.clientId = :clientId", Long.class)
                .setParameter("clientId", clientId)
                .getSingleResult();
    }

    Optional<Payment> payment(long clientId, long id) {
        return em.createQuery(
                        "select p from Payment p left join fetch p.invoice where p.id = :id and p.clientId = :clientId",
                        Payment.class)
                .setParameter("id", id)
                .setParameter("clientId", clientId)
                .getResultStream()
                .findFirst();
    }

    /** Whether the client has any invoice or quote, drafts included. */
    boolean hasDocuments(long clientId) {
        return !em.createQuery("select d.id from BillingDocument d where d.client.id = :id", Long.class)
                .setParameter("id", clientId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * Issued to the client: its own documents, and (issue 22) a subsidiary's documents billed to it as the parent
     * company, frozen on issue in {@code billToClientId}. Both columns are indexed.
     */
    private static Predicate issuedTo(CriteriaBuilder cb, Root<? extends BillingDocument> d, long clientId) {
        Predicate received =
                cb.or(cb.equal(d.get("client").get("id"), clientId), cb.equal(d.get("billToClientId"), clientId));
        return cb.and(received, cb.notEqual(d.get("statusCode"), DRAFT));
    }
}
