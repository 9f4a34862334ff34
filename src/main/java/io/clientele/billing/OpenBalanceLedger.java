package io.clientele.billing;

import io.clientele.base.security.CallerScope;
import io.clientele.client.ClientAudience;
import io.clientele.client.ClientAudienceChanges;
import io.clientele.client.ClientAudiences;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final OpenBalanceQueries q;
    private final ClientAudiences audiences;

    OpenBalanceLedger(OpenBalanceQueries q, ClientAudiences audiences) {
        this.q = q;
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

    /**
     * Locks these clients' rows, lowest id first, before a transaction that changes the figures of many clients (the
     * overdue job) writes any total: a payment locks its client before the totals, so taking every client first keeps
     * the one lock order and the two wait for each other instead of deadlocking.
     */
    void lockClients(Collection<Long> clientIds) {
        audiences.lockAndRead(clientIds);
    }

    /** Adds a delta to one client's row and to every audience it is counted in. */
    void add(long clientId, String currency, OpenBalance delta) {
        Set<Long> scopes = q.hasRows(clientId) ? q.lockScopes(clientId) : firstRow(clientId);
        q.upsert("open_balances", "client_id", clientId, currency, delta);
        for (long scope : new TreeSet<>(scopes)) {
            q.upsert("open_balance_totals", "scope_id", scope, currency, delta);
        }
    }

    /**
     * The client's first row: its audience is read (and its row locked) now; the check is repeated under that lock,
     * since a concurrent first payment or issue may have counted it meanwhile.
     */
    private Set<Long> firstRow(long clientId) {
        List<ClientAudience> audience = audiences.lockAndRead(List.of(clientId));
        if (q.hasRows(clientId)) {
            return q.lockScopes(clientId);
        }
        Set<Long> scopes = audience.isEmpty() ? Set.of() : scopesOf(audience.getFirst());
        q.deleteScopes(clientId);
        for (long scope : scopes) {
            q.insertScope(clientId, scope);
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
        List<Long> ids = q.counted(clientIds);
        if (ids.isEmpty()) {
            return;
        }
        for (ClientAudience audience : audiences.lockAndRead(ids)) {
            rescope(audience);
        }
    }

    private void rescope(ClientAudience audience) {
        long clientId = audience.clientId();
        Map<String, OpenBalance> rows = q.lockRows(clientId);
        Set<Long> before = q.lockScopes(clientId);
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
                        (currency, row) -> q.upsert("open_balance_totals", "scope_id", scope, currency, row.negate()));
                q.deleteScope(clientId, scope);
            } else if (joins) {
                rows.forEach((currency, row) -> q.upsert("open_balance_totals", "scope_id", scope, currency, row));
                q.insertScope(clientId, scope);
            }
        }
    }

    /**
     * A merge moved the merged client's invoices to the survivor: its rows go with them, counted out of its
     * audiences and into the survivor's.
     */
    void moveClient(long mergedId, long survivorId) {
        Map<String, OpenBalance> rows = q.lockRows(mergedId);
        rows.forEach((currency, row) -> {
            if (!row.isZero()) {
                add(mergedId, currency, row.negate());
                add(survivorId, currency, row);
            }
        });
        // Zero now; gone, so that no row points at the merged client any more (its audience no longer matters).
        q.deleteClient(mergedId);
    }

    /** The caller's outstanding sums per currency: one row per currency of the caller's audience. */
    List<CurrencySum> outstanding(CallerScope caller) {
        return q.read(scopeOf(caller), "outstanding");
    }

    /** The caller's overdue sums per currency. */
    List<CurrencySum> overdue(CallerScope caller) {
        return q.read(scopeOf(caller), "overdue");
    }

    /** Restricted staff read their own audience; everyone else who may open the dashboard sees all clients. */
    private static long scopeOf(CallerScope caller) {
        Long staff = caller.restrictedToStaffId();
        return staff == null ? EVERYONE : staff;
    }

    /** Recounts everything from the invoices (see {@link OpenBalanceQueries#rebuild}). */
    void rebuild() {
        q.rebuild();
    }

    private static Set<Long> scopesOf(ClientAudience audience) {
        if (!audience.live()) {
            return Set.of();
        }
        Set<Long> scopes = new HashSet<>(audience.staffIds());
        scopes.add(EVERYONE);
        return scopes;
    }
}
