package io.clientele.billing;

import io.clientele.client.ClientDocuments;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Tells the client feature when a client's currency is locked: as soon as it has an invoice, quote or payment. */
@Component
class BillingClientDocuments implements ClientDocuments {

    private final EntityManager em;

    BillingClientDocuments(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean hasDocuments(long clientId) {
        return !em.createQuery("select d.id from BillingDocument d where d.client.id = :id", Long.class)
                .setParameter("id", clientId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
