package io.clientele.billing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Billing's tables as the client feature's extension point ({@link BillingClientDependents}) asks about them. */
@Component
class BillingDependentQueries {

    private final EntityManager em;

    BillingDependentQueries(EntityManager em) {
        this.em = em;
    }

    Map<String, Long> count(Collection<Long> clientIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "client.delete.with.invoices",
                em.createQuery("select count(i) from Invoice i where i.client.id in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        counts.put(
                "client.delete.with.quotes",
                em.createQuery("select count(q) from Quote q where q.client.id in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        counts.put(
                "client.delete.with.credit-notes",
                em.createQuery("select count(n) from CreditNote n where n.client.id in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        counts.put(
                "client.delete.with.payments",
                em.createQuery("select count(p) from Payment p where p.clientId in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        return counts;
    }

    /**
     * Invoices, quotes, credit notes and payments move; issued ones keep the buyer they froze at issue (they are
     * records), drafts show the survivor from now on. The client feature has refused a currency conflict already.
     */
    Map<String, Long> merging(long mergedId, long survivorId) {
        Map<String, Long> moved = count(List.of(mergedId));
        em.createNativeQuery(
                        "update billing_documents set client_id = :survivor, version = version + 1 where client_id = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
        em.createNativeQuery(
                        "update payments set client_id = :survivor, version = version + 1 where client_id = :merged")
                .setParameter("survivor", survivorId)
                .setParameter("merged", mergedId)
                .executeUpdate();
        return moved;
    }

    Map<String, Long> issued(Collection<Long> clientIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "client.trash.issued.invoices",
                em.createQuery(
                                "select count(i) from Invoice i where i.client.id in :ids and i.issuedAt is not null",
                                Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        counts.put(
                "client.trash.issued.quotes",
                em.createQuery(
                                "select count(q) from Quote q where q.client.id in :ids and q.issuedAt is not null",
                                Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        counts.put(
                "client.trash.issued.payments",
                em.createQuery("select count(p) from Payment p where p.clientId in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        return counts;
    }

    Map<Long, List<String>> records(Collection<Long> clientIds) {
        Map<Long, List<String>> records = new HashMap<>();
        em.createQuery("""
                        select d.client.id, d.number from BillingDocument d
                        where d.client.id in :ids and d.issuedAt is not null and type(d) in (Invoice, CreditNote)
                        order by d.number""", Object[].class)
                .setParameter("ids", clientIds)
                .getResultList()
                .forEach(r -> records.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add((String) r[1]));
        return records;
    }
}
