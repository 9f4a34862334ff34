package io.clientele.billing;

import io.clientele.base.security.CallerScope;
import io.clientele.client.ClientAudience;
import io.clientele.client.ClientAudienceChanges;
import io.clientele.client.ClientAudiences;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
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
 * client (by billing's or the client feature's own update), its {@code open_balances} rows, its scope rows, and the
 * audiences' shared rows ({@code open_balance_totals}, {@code open_due_totals}, {@code received_totals}) last, at the
 * commit, by table and ascending key ({@link io.clientele.base.domain.SharedTotals}) — so two writers wait for each
 * other instead of deadlocking.
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
        long clientId = InvoiceService.clientId(invoice);
        OpenBalance now = OpenBalance.of(invoice);
        OpenBalance delta = now.minus(invoice.counted());
        if (!delta.isZero()) {
            add(clientId, invoice.getCurrency(), delta);
        }
        invoice.counted(now);
        LocalDate dueNow = OpenBalance.dueOn(invoice);
        LocalDate dueBefore = invoice.countedDue();
        if (!Objects.equals(dueNow, dueBefore)) {
            for (long scope : lockScopes(clientId, invoice.getCurrency())) {
                if (dueBefore != null) {
                    q.addDue(scope, dueBefore, -1);
                }
                if (dueNow != null) {
                    q.addDue(scope, dueNow, 1);
                }
            }
        }
        invoice.countedDue(dueNow);
    }

    /**
     * After a payment was recorded ({@code sign} 1) or deleted (-1), in the same transaction and after its invoice was
     * tracked: the payment's day in every audience its client is counted in.
     */
    void received(Payment payment, int sign) {
        Received delta = Received.of(payment).times(sign);
        for (long scope : lockScopes(payment.getClientId(), payment.getCurrency())) {
            q.addReceived(scope, delta);
        }
    }

    /**
     * The audiences a client is counted in, locked, ascending. A client not counted yet gets a zero row in this
     * currency, so that its audience is kept from now on and followed when it changes.
     */
    private SortedSet<Long> lockScopes(long clientId, String currency) {
        if (!q.hasRows(clientId)) {
            add(clientId, currency, OpenBalance.NONE);
        }
        return new TreeSet<>(q.lockScopes(clientId));
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
            q.addTotal(scope, currency, delta);
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
        Map<Long, Integer> signs = moves(before, after);
        // One table after the other, audiences ascending in each: the order every writer takes its locks in.
        signs.forEach((scope, sign) ->
                rows.forEach((currency, row) -> q.addTotal(scope, currency, sign > 0 ? row : row.negate())));
        moveDueAndReceived(clientId, signs);
        signs.forEach((scope, sign) -> {
            if (sign > 0) {
                q.insertScope(clientId, scope);
            } else {
                q.deleteScope(clientId, scope);
            }
        });
    }

    /** Per audience that changes: 1 where the client's figures join it, -1 where they leave, ascending. */
    private static SortedMap<Long, Integer> moves(Set<Long> before, Set<Long> after) {
        SortedMap<Long, Integer> signs = new TreeMap<>();
        before.forEach(scope -> signs.merge(scope, -1, Integer::sum));
        after.forEach(scope -> signs.merge(scope, 1, Integer::sum));
        signs.values().removeIf(sign -> sign == 0);
        return signs;
    }

    /** Moves a client's "due" days and received payments (read from its invoices and payments) by these signs. */
    private void moveDueAndReceived(long clientId, Map<Long, Integer> signs) {
        if (signs.isEmpty()) {
            return;
        }
        Map<LocalDate, Long> due = q.dueOf(clientId);
        List<Received> received = q.receivedOf(clientId);
        signs.forEach((scope, sign) -> due.forEach((day, invoices) -> q.addDue(scope, day, sign * invoices)));
        signs.forEach((scope, sign) -> received.forEach(r -> q.addReceived(scope, r.times(sign))));
    }

    /**
     * A merge moves the merged client's invoices and payments to the survivor (after this call): its figures go with
     * them, counted out of its audiences and into the survivor's.
     */
    void moveClient(long mergedId, long survivorId) {
        Map<String, OpenBalance> rows = q.lockRows(mergedId);
        if (rows.isEmpty()) {
            return;
        }
        rows.forEach((currency, row) -> {
            if (!row.isZero()) {
                add(mergedId, currency, row.negate());
                add(survivorId, currency, row);
            }
        });
        Set<Long> from = q.lockScopes(mergedId);
        Set<Long> to = lockScopes(survivorId, rows.keySet().iterator().next());
        moveDueAndReceived(mergedId, moves(from, to));
        // Zero now; gone, so that no row points at the merged client any more (its audience no longer matters).
        q.deleteClient(mergedId);
    }

    /** The caller's invoices due (sent or viewed, money open) from {@code from} to {@code to}, inclusive. */
    long dueCount(CallerScope caller, LocalDate from, LocalDate to) {
        return q.dueCount(scopeOf(caller), from, to);
    }

    /** The caller's payments dated from {@code from} to {@code to}, inclusive, per currency. */
    List<CurrencySum> received(CallerScope caller, LocalDate from, LocalDate to) {
        return q.received(scopeOf(caller), from, to);
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
