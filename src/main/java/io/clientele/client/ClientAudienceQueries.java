package io.clientele.client;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@link ClientAudiences}. The audiences of clients (see {@link ClientAudience}) for a feature that keeps figures per audience, read with
 * locking reads: on MariaDB a plain read inside a repeatable-read transaction may see an owner or assignment as it was
 * when the transaction began, and figures counted for that stale audience would drift. Locking the rows also makes a
 * concurrent change of owner or assignment wait until the caller's transaction ends, and be told then through
 * {@link ClientAudienceChanges}. Not a user action: no role check, it hands out ids only.
 */
@Component
class ClientAudienceQueries {

    private final EntityManager em;

    ClientAudienceQueries(EntityManager em) {
        this.em = em;
    }

    /** See {@link ClientAudiences#lockAndRead}. */
    List<ClientAudience> lockAndRead(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(new TreeSet<>(clientIds));
        Map<Long, Set<Long>> staff = new HashMap<>();
        Map<Long, Boolean> live = new HashMap<>();
        // Single-table locking reads, lowest id first: valid on H2 and MariaDB, and the same order as lockAllForUpdate.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, owner_id, trashed_at from clients where id in (:ids) order by id for update")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Set<Long> who = staff.computeIfAbsent(id, k -> new HashSet<>());
            if (r[1] != null) {
                who.add(((Number) r[1]).longValue());
            }
            live.put(id, r[2] == null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> assigned = em.createNativeQuery(
                        "select client_id, user_id from client_staff where client_id in (:ids)"
                                + " order by client_id, user_id for update")
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] r : assigned) {
            Set<Long> who = staff.get(((Number) r[0]).longValue());
            if (who != null) {
                who.add(((Number) r[1]).longValue());
            }
        }
        List<ClientAudience> audiences = new ArrayList<>();
        for (Long id : ids) {
            if (live.containsKey(id)) {
                audiences.add(new ClientAudience(id, live.get(id), staff.get(id)));
            }
        }
        return audiences;
    }
}
