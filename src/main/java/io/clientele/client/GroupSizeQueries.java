package io.clientele.client;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Each group's live members, kept in {@code client_groups.live_members} (changeset 0034) wherever a live client joins
 * or leaves a group and wherever clients go to the Trash or come back, so that the dashboard's largest groups read one
 * row per group instead of every membership (issue 19: 800,000 at a million clients). Atomic {@code x = x + n}
 * updates: two saves at once never lose one another's change.
 */
@Component
class GroupSizeQueries {

    private final EntityManager em;

    GroupSizeQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * Locks these groups' rows, lowest id first, until the caller's transaction ends: taken before a client's new
     * memberships are inserted. The insert's foreign key takes the group's row shared, and the count's update then
     * wants it exclusively; two clients joining one group at once each held the shared lock the other's update waited
     * for (a deadlock on MariaDB).
     */
    void lock(Collection<Long> groupIds) {
        if (groupIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("select id from client_groups where id in (:ids) order by id for update")
                .setParameter("ids", new TreeSet<>(groupIds))
                .getResultList();
    }

    /** Adds {@code delta} to each of these groups' counts (a live client joined them, or left them with -1). */
    void add(Collection<Long> groupIds, int delta) {
        if (groupIds.isEmpty() || delta == 0) {
            return;
        }
        em.createNativeQuery("update client_groups set live_members = live_members + :d where id in (:ids)")
                .setParameter("d", delta)
                .setParameter("ids", new TreeSet<>(groupIds))
                .executeUpdate();
    }

    /**
     * These clients' memberships, all at once, count {@code sign} more each: +1 when they come back from the Trash or
     * were created, -1 when they go to the Trash.
     */
    void addMembersOf(Collection<Long> clientIds, int sign) {
        if (clientIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("update client_groups set live_members = live_members + :s * (select count(*)"
                        + " from client_group_members m where m.group_id = client_groups.id and m.client_id in (:ids))"
                        + " where id in (select m.group_id from client_group_members m where m.client_id in (:ids))")
                .setParameter("s", sign)
                .setParameter("ids", new TreeSet<>(clientIds))
                .executeUpdate();
    }

    /** The largest groups by live members, for callers who see every client: one row per group. */
    List<GroupSize> largest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, live_members from client_groups"
                        + " where live_members > 0 order by live_members desc, name")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(GroupSize::of).toList();
    }

    /** Recounts every group's live members, for memberships written around the client service (demo data). */
    void rebuild() {
        em.createNativeQuery("update client_groups set live_members = (select count(*) from client_group_members m"
                        + " join clients c on c.id = m.client_id where m.group_id = client_groups.id"
                        + " and c.trashed_at is null)")
                .executeUpdate();
    }
}
