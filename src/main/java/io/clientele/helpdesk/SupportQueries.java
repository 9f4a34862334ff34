package io.clientele.helpdesk;

import io.clientele.client.ClientScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The staff list of support requests: the request's client is joined through the client feature's scope, so a
 * request of a client the caller may not see (another staff member's, a trashed one) never leaves the database.
 */
@Component
class SupportQueries {

    private static final String ROW = "select new io.clientele.helpdesk.SupportRow(r.id, r.clientId, c.name,"
            + " r.subject, r.status, r.assigneeId, r.openedByName, r.lastMessageAt)";

    private final EntityManager em;
    private final ClientScope scope;

    SupportQueries(EntityManager em, ClientScope scope) {
        this.em = em;
        this.scope = scope;
    }

    List<SupportRow> rows(SupportFilter filter, @Nullable Long caller, long offset, int limit) {
        Where where = where(filter, caller);
        // Newest activity first: what waits for an answer is on top.
        return where.bind(em.createQuery(
                        ROW + " from SupportRequest r" + where.jpql() + " order by r.lastMessageAt desc, r.id desc",
                        SupportRow.class))
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    long count(SupportFilter filter, @Nullable Long caller) {
        Where where = where(filter, caller);
        return where.bind(em.createQuery("select count(r) from SupportRequest r" + where.jpql(), Long.class))
                .getSingleResult();
    }

    private Where where(SupportFilter filter, @Nullable Long caller) {
        Where where = new Where(scope.join("c", "r.clientId"));
        if (filter.status() != null) {
            where.and("r.status = :status", "status", filter.status());
        }
        if (filter.clientId() != null) {
            where.and("r.clientId = :clientId", "clientId", filter.clientId());
        }
        switch (filter.assignee()) {
            case ME -> where.and("r.assigneeId = :assignee", "assignee", caller == null ? -1L : caller);
            case NOBODY -> where.and("r.assigneeId is null");
            case ANYONE -> {
                // no condition
            }
        }
        return where;
    }

    /** The client join and fixed conditions with their parameters; nothing typed by a user enters the text. */
    private static final class Where {

        private final String join;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params;

        Where(ClientScope.Fragment join) {
            this.join = join.text();
            this.params = new HashMap<>(join.params());
        }

        void and(String condition) {
            conditions.add(condition);
        }

        void and(String condition, String param, Object value) {
            conditions.add(condition);
            params.put(param, value);
        }

        String jpql() {
            return conditions.isEmpty() ? join : join + " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
