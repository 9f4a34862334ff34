package io.clientele.client;

import io.clientele.settings.PaymentTermUsage;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Clients that use a payment term keep it from being deleted. */
@Component
class ClientPaymentTermUsage implements PaymentTermUsage {

    private final EntityManager em;

    ClientPaymentTermUsage(EntityManager em) {
        this.em = em;
    }

    @Override
    public long countUsing(long paymentTermId) {
        return em.createQuery("select count(c) from Client c where c.paymentTerm.id = :id", Long.class)
                .setParameter("id", paymentTermId)
                .getSingleResult();
    }
}
