package io.clientele.billing;

import io.clientele.base.security.CallerScope;
import io.clientele.client.ClientAudience;
import io.clientele.client.ClientAudienceChanges;
import io.clientele.client.ClientAudiences;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The dashboard's outstanding and overdue sums, kept instead of summed over every open invoice on each visit (issue
 * 19: at 1,000,000 clients and 3,000,000 invoices that sum read over a million index entries, each joined to its
 * client for the trash and visibility rule). Three tables, written here only (changeset 0034):
 *
 * <ul>
 *   <li>{@code open_balances}: per client and currency, the sum of its invoices' {@link OpenBalance}s;
 *   <li>{@code open_balance_scopes}: the audiences a client's rows are counted in: {@link #EVERYONE} and each staff
 *       member who owns or is assigned to it while it is live, none while it is in the Trash;
 *   <li>{@code open_balance_totals}: per audience and currency, the sum over its clients: what the dashboard reads,
 *       one row per currency, for administrators and restricted staff alike.
 * </ul>
 *
 * <p>Every change is an atomic {@code x = x + delta} in the caller's transaction, so concurrent payments never lose
 * one another's share: an invoice's delta is what it owes now less what it was counted with ({@link Invoice#counted()}),
 * and its version check rolls back a second change built on a stale copy. Row locks are taken in one order — the
 * client (by billing's or the client feature's own update), its {@code open_balances} rows, its scope rows, then the
 * totals by ascending audience — so two writers wait for each other instead of deadlocking.
 */
@Component
class OpenBalanceLedger implements ClientAudienceChanges {

    /** The audience of administrators, managers and staff who see all clients. Account ids start at 1. */
    static final long EVERYONE = 0;

    private final EntityManager em;
    private final ClientAudiences audiences;

    OpenBalanceLedger(EntityManager em, ClientAudiences audiences) {
        this.em = em;
        this.audiences = audiences;
    }

    /** After a change to an invoice (issued, paid, credited, overdue, viewed): counts the difference, if any. */
    void track(Invoice invoice) {
        OpenBalance now = OpenBalance.of(invoice);
        OpenBalance delta = now.minus(invoice.counted());
        if (!delta.isZero()) {
            add(InvoiceService.clientId(invoice), invoice.getCurrency(), delta);
        }
        invoice.counted(now);
    }

    /** Adds a delta to one client's row and to every audience it is counted in. */
    void add(long clientId, String currency, OpenBalance delta) {
        Set<Long> scopes = hasRows(clientId) ? lockScopes(clientId) : firstRow(clientId);
        upsert("open_balances", "client_id", clientId, currency, delta);
        for (long scope : new TreeSet<>(scopes)) {
            upsert("open_balance_totals", "scope_id", scope, currency, delta);
        }
    }

    /**
     * The client's first row: its audience is read (and its row locked) now; the check is repeated under that lock,
     * since a concurrent first payment or issue may have counted it meanwhile.
     */
    private Set<Long> firstRow(long clientId) {
        List<ClientAudience> audience = audiences.lockAndRead(List.of(clientId));
        if (hasRows(clientId)) {
            return lockScopes(clientId);
        }
        Set<Long> scopes = audience.isEmpty() ? Set.of() : scopesOf(audience.getFirst());
        em.createNativeQuery("delete from open_balance_scopes where client_id = :c")
                .setParameter("c", clientId)
                .executeUpdate();
        for (long scope : scopes) {
            insertScope(clientId, scope);
        }
        return scopes;
    }

    /**
     * The client feature's word that these clients' audience may have changed (trash, restore, owner, assigned staff,
     * merge): each client's rows move out of the audiences that no longer see it and into the new ones.
     */
    @Override
    public void changed(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Number> counted = em.createNativeQuery(
                        "select distinct client_id from open_balances where client_id in (:ids)")
                .setParameter("ids", new TreeSet<>(clientIds))
                .getResultList();
        if (counted.isEmpty()) {
            return;
        }
        List<Long> ids = counted.stream().map(Number::longValue).sorted().toList();
        for (ClientAudience audience : audiences.lockAndRead(ids)) {
            rescope(audience);
        }
    }

    private void rescope(ClientAudience audience) {
        long clientId = audience.clientId();
        Map<String, OpenBalance> rows = lockRows(clientId);
        Set<Long> before = lockScopes(clientId);
        Set<Long> after = scopesOf(audience);
        if (before.equals(after)) {
            return;
        }
        Set<Long> touched = new TreeSet<>(before);
        touched.addAll(after);
        for (long scope : touched) {
            boolean leaves = before.contains(scope) && !after.contains(scope);
            boolean joins = !before.contains(scope) && after.contains(scope);
            if (leaves) {
                rows.forEach(
                        (currency, row) -> upsert("open_balance_totals", "scope_id", scope, currency, row.negate()));
                em.createNativeQuery("delete from open_balance_scopes where client_id = :c and scope_id = :s")
                        .setParameter("c", clientId)
                        .setParameter("s", scope)
                        .executeUpdate();
            } else if (joins) {
                rows.forEach((currency, row) -> upsert("open_balance_totals", "scope_id", scope, currency, row));
                insertScope(clientId, scope);
            }
        }
    }

    /**
     * A merge moved the merged client's invoices to the survivor: its rows go with them, counted out of its
     * audiences and into the survivor's.
     */
    void moveClient(long mergedId, long survivorId) {
        Map<String, OpenBalance> rows = lockRows(mergedId);
        rows.forEach((currency, row) -> {
            if (!row.isZero()) {
                add(mergedId, currency, row.negate());
                add(survivorId, currency, row);
            }
        });
    }

    /** The caller's outstanding sums per currency: one row per currency of the caller's audience. */
    List<CurrencySum> outstanding(CallerScope caller) {
        return read(caller, "outstanding");
    }

    /** The caller's overdue sums per currency. */
    List<CurrencySum> overdue(CallerScope caller) {
        return read(caller, "overdue");
    }

    private List<CurrencySum> read(CallerScope caller, String figure) {
        Long staff = caller.restrictedToStaffId();
        long scope = staff == null ? EVERYONE : staff;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select currency, " + figure + ", " + figure
                        + "_count from open_balance_totals where scope_id = :s and " + figure
                        + "_count > 0 order by currency")
                .setParameter("s", scope)
                .getResultList();
        return rows.stream()
                .map(r -> new CurrencySum(
                        (String) r[0],
                        ((BigDecimal) r[1]).setScale(4, RoundingMode.UNNECESSARY),
                        ((Number) r[2]).longValue()))
                .toList();
    }

    /**
     * Recounts everything from the invoices, for data written around the services (demo and benchmark seeding, test
     * fixtures that set a status in SQL): the same statements as changeset 0034's backfill.
     */
    void rebuild() {
        for (String table : List.of("open_balance_totals", "open_balance_scopes", "open_balances")) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        for (String sql : REBUILD) {
            em.createNativeQuery(sql).executeUpdate();
        }
    }

    private static final List<String> REBUILD = List.of("""
            insert into open_balances (client_id, currency, outstanding, outstanding_count, overdue, overdue_count)
            select d.client_id, d.currency, sum(d.balance), count(*),
            sum(case when d.status = 'OVERDUE' then d.balance else 0 end),
            sum(case when d.status = 'OVERDUE' then 1 else 0 end)
            from billing_documents d
            where d.doc_type = 'INVOICE' and d.status in ('SENT', 'VIEWED', 'OVERDUE') and d.balance > 0
            group by d.client_id, d.currency""", """
            insert into open_balance_scopes (client_id, scope_id)
            select distinct b.client_id, 0 from open_balances b join clients c on c.id = b.client_id
            where c.trashed_at is null""", """
            insert into open_balance_scopes (client_id, scope_id)
            select distinct b.client_id, c.owner_id from open_balances b join clients c on c.id = b.client_id
            where c.trashed_at is null and c.owner_id is not null""", """
            insert into open_balance_scopes (client_id, scope_id)
            select distinct b.client_id, s.user_id from open_balances b join clients c on c.id = b.client_id
            join client_staff s on s.client_id = c.id
            where c.trashed_at is null and (c.owner_id is null or s.user_id <> c.owner_id)""", """
            insert into open_balance_totals (scope_id, currency, outstanding, outstanding_count, overdue, overdue_count)
            select s.scope_id, b.currency, sum(b.outstanding), sum(b.outstanding_count), sum(b.overdue),
            sum(b.overdue_count)
            from open_balance_scopes s join open_balances b on b.client_id = s.client_id
            group by s.scope_id, b.currency""");

    private static Set<Long> scopesOf(ClientAudience audience) {
        if (!audience.live()) {
            return Set.of();
        }
        Set<Long> scopes = new HashSet<>(audience.staffIds());
        scopes.add(EVERYONE);
        return scopes;
    }

    private boolean hasRows(long clientId) {
        return !em.createNativeQuery(
                        "select currency from open_balances where client_id = :c order by currency for update")
                .setParameter("c", clientId)
                .getResultList()
                .isEmpty();
    }

    private Map<String, OpenBalance> lockRows(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select currency, outstanding, outstanding_count, overdue, overdue_count from open_balances"
                                + " where client_id = :c order by currency for update")
                .setParameter("c", clientId)
                .getResultList();
        Map<String, OpenBalance> byCurrency = new TreeMap<>();
        for (Object[] r : rows) {
            byCurrency.put(
                    (String) r[0],
                    new OpenBalance(
                            (BigDecimal) r[1],
                            ((Number) r[2]).longValue(),
                            (BigDecimal) r[3],
                            ((Number) r[4]).longValue()));
        }
        return byCurrency;
    }

    private Set<Long> lockScopes(long clientId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(
                        "select scope_id from open_balance_scopes where client_id = :c order by scope_id for update")
                .setParameter("c", clientId)
                .getResultList();
        Set<Long> scopes = new HashSet<>();
        rows.forEach(n -> scopes.add(n.longValue()));
        return scopes;
    }

    private void insertScope(long clientId, long scope) {
        em.createNativeQuery("insert into open_balance_scopes (client_id, scope_id) values (:c, :s)")
                .setParameter("c", clientId)
                .setParameter("s", scope)
                .executeUpdate();
    }

    /** {@code x = x + delta} on the row, created at the delta when missing; atomic on H2 (MySQL mode) and MariaDB. */
    private void upsert(String table, String keyColumn, long key, String currency, OpenBalance delta) {
        em.createNativeQuery("insert into " + table + " (" + keyColumn
                        + ", currency, outstanding, outstanding_count, overdue, overdue_count)"
                        + " values (:k, :cur, :o, :oc, :d, :dc) on duplicate key update"
                        + " outstanding = outstanding + :o, outstanding_count = outstanding_count + :oc,"
                        + " overdue = overdue + :d, overdue_count = overdue_count + :dc")
                .setParameter("k", key)
                .setParameter("cur", currency)
                .setParameter("o", delta.outstanding())
                .setParameter("oc", delta.outstandingCount())
                .setParameter("d", delta.overdue())
                .setParameter("dc", delta.overdueCount())
                .executeUpdate();
    }
}
