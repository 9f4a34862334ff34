package io.clientele.billing;

import io.clientele.client.ClientDependents;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Invoices, quotes and payments go with a client that is deleted for good (the foreign keys cascade). */
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
                "client.delete.with.payments",
                em.createQuery("select count(p) from Payment p where p.clientId in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        return counts;
    }

    @Override
    public Map<String, Long> issued(Collection<Long> clientIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "client.trash.issued.invoices",
                em.createQuery(
                                "select count(i) from Invoice i where i.client.id in :ids and i.statusCode <> 'DRAFT'",
                                Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        counts.put(
                "client.trash.issued.quotes",
                em.createQuery(
                                "select count(q) from Quote q where q.client.id in :ids and q.statusCode <> 'DRAFT'",
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
}
