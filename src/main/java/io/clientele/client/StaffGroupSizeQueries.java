package io.clientele.client;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The dashboard's largest groups for a restricted staff member, kept per staff member and group (changeset 0040)
 * instead of counted over the memberships of every client they see on each visit (issue 19: about 160,000 at a
 * million clients, seconds on MariaDB). {@code staff_group_members} records what each live client is counted with —
 * each of its staff (owner and assigned) times each of its groups — and {@code staff_group_sizes} holds the sums.
 *
 * <p>One operation, {@link #recount}: after any change to clients' groups, owner, assigned staff or trash state
 * (save, bulk create, trash, restore, merge), in the same transaction, each client's recorded pairs are compared with
 * what it should count now and only the difference is added, with atomic {@code x = x + n} updates in ascending
 * (staff, group) order. The clients' rows are locked first ({@link ClientAudienceQueries#lockAndRead}), so two changes
 * to one client wait for each other; a client deleted for good was in the Trash and counted nowhere (its rows go with
 * it), a group deleted takes its rows with it (foreign keys cascade).
 */
@Component
class StaffGroupSizeQueries {

    private static final int CHUNK = 1_000;

    private final EntityManager em;
    private final ClientAudienceQueries audiences;

    StaffGroupSizeQueries(EntityManager em, ClientAudienceQueries audiences) {
        this.em = em;
        this.audiences = audiences;
    }

    private record Pair(long staffId, long groupId) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair o) {
            int byStaff = Long.compare(staffId, o.staffId);
            return byStaff != 0 ? byStaff : Long.compare(groupId, o.groupId);
        }
    }

    /** Brings these clients' counts in step with their groups, staff and trash state as they are now. */
    void recount(Collection<Long> clientIds) {
        List<Long> ids = new ArrayList<>(new TreeSet<>(clientIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            recountChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    private void recountChunk(List<Long> ids) {
        Map<Long, Set<Pair>> should = new HashMap<>();
        Map<Long, Set<Long>> groups = groupsOf(ids);
        for (ClientAudience audience : audiences.lockAndRead(ids)) {
            Set<Pair> pairs = new HashSet<>();
            if (audience.live()) {
                for (long staff : audience.staffIds()) {
                    for (long group : groups.getOrDefault(audience.clientId(), Set.of())) {
                        pairs.add(new Pair(staff, group));
                    }
                }
            }
            should.put(audience.clientId(), pairs);
        }
        Map<Long, Set<Pair>> counted = lockCounted(ids);
        Map<Pair, Long> deltas = new TreeMap<>();
        for (long client : ids) {
            Set<Pair> now = should.getOrDefault(client, Set.of());
            Set<Pair> before = counted.getOrDefault(client, Set.of());
            for (Pair p : before) {
                if (!now.contains(p)) {
                    deltas.merge(p, -1L, Long::sum);
                    em.createNativeQuery("delete from staff_group_members where client_id = :c and user_id = :u"
                                    + " and group_id = :g")
                            .setParameter("c", client)
                            .setParameter("u", p.staffId())
                            .setParameter("g", p.groupId())
                            .executeUpdate();
                }
            }
            for (Pair p : now) {
                if (!before.contains(p)) {
                    deltas.merge(p, 1L, Long::sum);
                    em.createNativeQuery("insert into staff_group_members (client_id, user_id, group_id)"
                                    + " values (:c, :u, :g)")
                            .setParameter("c", client)
                            .setParameter("u", p.staffId())
                            .setParameter("g", p.groupId())
                            .executeUpdate();
                }
            }
        }
        deltas.forEach((p, delta) -> {
            if (delta != 0) {
                em.createNativeQuery("insert into staff_group_sizes (user_id, group_id, members) values (:u, :g, :d)"
                                + " on duplicate key update members = members + :d")
                        .setParameter("u", p.staffId())
                        .setParameter("g", p.groupId())
                        .setParameter("d", delta)
                        .executeUpdate();
            }
        });
    }

    private Map<Long, Set<Long>> groupsOf(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select client_id, group_id from client_group_members where client_id in (:ids)")
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Set<Long>> groups = new HashMap<>();
        for (Object[] r : rows) {
            groups.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                    .add(((Number) r[1]).longValue());
        }
        return groups;
    }

    private Map<Long, Set<Pair>> lockCounted(List<Long> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select client_id, user_id, group_id from staff_group_members"
                        + " where client_id in (:ids) order by client_id, user_id, group_id for update")
                .setParameter("ids", ids)
                .getResultList();
        Map<Long, Set<Pair>> counted = new HashMap<>();
        for (Object[] r : rows) {
            counted.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                    .add(new Pair(((Number) r[1]).longValue(), ((Number) r[2]).longValue()));
        }
        return counted;
    }

    /** A staff member's largest groups by the live clients they own or are assigned to: one row per group. */
    List<GroupSize> largest(long staffId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select g.id, g.name, s.members from staff_group_sizes s"
                        + " join client_groups g on g.id = s.group_id where s.user_id = :u and s.members > 0"
                        + " order by s.members desc, g.name")
                .setParameter("u", staffId)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(GroupSize::of).toList();
    }

    /** Recounts everything, for memberships or assignments written around the services (demo and benchmark data). */
    void rebuild() {
        em.createNativeQuery("delete from staff_group_sizes").executeUpdate();
        em.createNativeQuery("delete from staff_group_members").executeUpdate();
        for (String sql : REBUILD) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }

    private static final List<String> REBUILD = List.of("""
            insert into staff_group_members (client_id, user_id, group_id)
            select m.client_id, c.owner_id, m.group_id from client_group_members m join clients c on c.id = m.client_id
            where c.trashed_at is null and c.owner_id is not null""", """
            insert into staff_group_members (client_id, user_id, group_id)
            select m.client_id, s.user_id, m.group_id from client_group_members m join clients c on c.id = m.client_id
            join client_staff s on s.client_id = c.id
            where c.trashed_at is null and (c.owner_id is null or s.user_id <> c.owner_id)""", """
            insert into staff_group_sizes (user_id, group_id, members)
            select user_id, group_id, count(*) from staff_group_members group by user_id, group_id""");
}
