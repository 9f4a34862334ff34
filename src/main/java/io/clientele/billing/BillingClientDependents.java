package io.clientele.billing;

import io.clientele.client.ClientDependents;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Invoices, quotes, credit notes and payments go with a client that is deleted for good (the foreign keys cascade);
 * the issued invoices and credit notes among them are named, since they are records.
 */
@Component
class BillingClientDependents implements ClientDependents {

    private final EntityManager em;

    BillingClientDependents(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
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

    @Override
    public Map<Long, List<String>> records(Collection<Long> clientIds) {
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
