package io.clientele.client;

import io.clientele.client.ClientParents.Parent;
import io.clientele.client.ClientParents.Subsidiary;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issue 22: the parent company tree's Criteria queries for {@link ClientParents}, each scoped to the caller. */
@Component
class ClientParentQueries {

    @PersistenceContext
    private EntityManager em;

    private final ClientScope scope;

    ClientParentQueries(ClientScope scope) {
        this.scope = scope;
    }

    /** The client's parent, if the caller may see both; one statement. */
    Optional<Parent> parentOf(long clientId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Parent> q = cb.createQuery(Parent.class);
        Root<Client> c = q.from(Client.class);
        Join<Client, Client> p = c.join("parent");
        q.select(cb.construct(Parent.class, p.get("id"), p.get("name")))
                .where(cb.equal(c.get("id"), clientId), scope.visible(cb, c), scope.visible(cb, p));
        return em.createQuery(q).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Live subsidiaries the caller may see, by name then id. */
    List<Subsidiary> subsidiaries(long parentId, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Subsidiary> q = cb.createQuery(Subsidiary.class);
        Root<Client> c = q.from(Client.class);
        q.select(cb.construct(Subsidiary.class, c.get("id"), c.get("name"), c.get("currency"), c.get("amountOwed")))
                .where(cb.equal(c.get("parent").get("id"), parentId), scope.visible(cb, c))
                .orderBy(cb.asc(c.get("name")), cb.asc(c.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Whether a parent the caller may see has a subsidiary the caller may see; one statement. */
    boolean hasSubsidiaries(long parentId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Client> c = q.from(Client.class);
        Join<Client, Client> p = c.join("parent");
        q.select(c.get("id")).where(cb.equal(p.get("id"), parentId), scope.visible(cb, p), scope.visible(cb, c));
        return !em.createQuery(q).setMaxResults(1).getResultList().isEmpty();
    }
}
