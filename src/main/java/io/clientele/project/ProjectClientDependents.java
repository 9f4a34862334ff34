package io.clientele.project;

import io.clientele.client.ClientDependents;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Projects and their time entries go with a client that is deleted for good (the foreign keys cascade). */
@Component
class ProjectClientDependents implements ClientDependents {

    private final EntityManager em;

    ProjectClientDependents(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(
                "client.delete.with.projects",
                em.createQuery("select count(p) from Project p where p.clientId in :ids", Long.class)
                        .setParameter("ids", clientIds)
                        .getSingleResult());
        counts.put(
                "client.delete.with.time-entries",
                em.createQuery("""
                select count(t) from TimeEntry t where t.projectId in
                  (select p.id from Project p where p.clientId in :ids)""", Long.class).setParameter("ids", clientIds).getSingleResult());
        return counts;
    }
}
