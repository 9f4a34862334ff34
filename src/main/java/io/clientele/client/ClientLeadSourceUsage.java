package io.clientele.client;

import io.clientele.settings.LeadSourceUsage;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/** Clients (trashed ones too) that came from a lead source keep it from being deleted. */
@Component
class ClientLeadSourceUsage implements LeadSourceUsage {

    private final EntityManager em;

    ClientLeadSourceUsage(EntityManager em) {
        this.em = em;
    }

    @Override
    public long countUsing(long leadSourceId) {
        return em.createQuery("select count(c) from Client c where c.leadSource.id = :id", Long.class)
                .setParameter("id", leadSourceId)
                .getSingleResult();
    }
}
