package io.clientele.contact;

import io.clientele.client.ClientDependents;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A client's contacts go with it when it is deleted for good. */
@Component
class ContactClientDependents implements ClientDependents {

    private final EntityManager em;

    ContactClientDependents(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of(
                "client.delete.with.contacts",
                em.createQuery("select count(c) from Contact c where c.client.id in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
    }
}
