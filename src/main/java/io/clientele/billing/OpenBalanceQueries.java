package io.clientele.billing;

import io.clientele.base.domain.SharedTotals;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@link OpenBalanceLedger}: native statements on its three tables (changeset 0034), valid on H2 in MySQL
 * mode and on MariaDB. Locking reads ({@code for update}) of the ledger's own rows wherever a figure is read to be
 * changed. The audiences' shared rows are added to at the commit ({@link SharedTotals}). MySQL runs read committed
 * (application-mysql.properties), as H2 does: a plain read sees what was committed when it ran.
 */
@Component
class OpenBalanceQueries {

    private final EntityManager em;

    /** An audience's sums per currency: shared by every writer of the audience, written at commit. */
    private final SharedTotals.Table<ScopeKey, OpenBalance> totals;
    /** An audience's invoices due per day. */
    private final SharedTotals.Table<ScopeKey, Long> due;
    /** An audience's payments per day and currency. */
    private final SharedTotals.Table<ScopeKey, Received> received;

    OpenBalanceQueries(EntityManager em) {
        this.em = em;
        // The order every transaction writes them in, before the group report's rows (GroupMonthQueries).
        this.totals = new SharedTotals.Table<>(
                10,
                "open_balance_totals",
                OpenBalance::plus,
                (k, d) -> upsert("open_balance_totals", "scope_id", k.scope(), k.currency(), d));
        this.due = new SharedTotals.Table<>(20, "open_due_totals", Long::sum, this::writeDue);
        this.received = new SharedTotals.Table<>(30, "received_totals", Received::plus, this::writeReceived);
    }

    /**
     * The key of a row of the audiences' shared tables: audience, then day (due and received; null for the totals),
     * then currency (totals and received; empty for due).
     */
    record ScopeKey(long scope, @Nullable LocalDate day, String currency) implements Comparable<ScopeKey> {

        private static final Comparator<ScopeKey> ORDER = Comparator.comparingLong(ScopeKey::scope)
                .thenComparing(ScopeKey::day, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ScopeKey::currency);

        @Override
        public int compareTo(ScopeKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** Adds {@code delta} to an audience's sums in one currency, at commit (see {@link SharedTotals}). */
    void addTotal(long scope, String currency, OpenBalance delta) {
        SharedTotals.add(totals, new ScopeKey(scope, null, currency), delta);
    }

    /** Of these clients, the ones with counted rows, lowest id first. */
    List<Long> counted(Collection<Long> clientIds) {
        @SuppressWarnings("unchecked")
        List<Number> counted = em.createNativeQuery(
                        "select distinct client_id from open_balances where client_id in (:ids)")
                .setParameter("ids", new TreeSet<>(clientIds))
                .getResultList();
        return counted.stream().map(Number::longValue).sorted().toList();
    }

    /** Forgets a client's rows (its figures must have been counted out of every audience first). */
    void deleteClient(long clientId) {
        deleteScopes(clientId);
        em.createNativeQuery("delete from open_balances where client_id = :c")
                .setParameter("c", clientId)
                .executeUpdate();
    }

    void deleteScopes(long clientId) {
        em.createNativeQuery("delete from open_balance_scopes where client_id = :c")
                .setParameter("c", clientId)
                .executeUpdate();
    }

    void deleteScope(long clientId, long scope) {
        em.createNativeQuery("delete from open_balance_scopes where client_id = :c and scope_id = :s")
                .setParameter("c", clientId)
                .setParameter("s", scope)
                .executeUpdate();
    }

    /** One audience's sums of one figure ("outstanding" or "overdue") per currency: one row per currency. */
    List<CurrencySum> read(long scope, String figure) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select currency, " + figure + ", " + figure
                        + "_count from open_balance_totals where scope_id = :s and " + figure
                        + "_count > 0 order by currency")
                .setParameter("s", scope)
                .getResultList();
        return currencySums(rows);
    }

    /**
     * Recounts everything from the invoices, for data written around the services (demo and benchmark seeding, test
     * fixtures that set a status in SQL): the same statements as changeset 0034's backfill.
     */
    void rebuild() {
        SharedTotals.discard(totals, k -> true);
        SharedTotals.discard(due, k -> true);
        SharedTotals.discard(received, k -> true);
        for (String table : List.of(
                "received_totals", "open_due_totals", "open_balance_totals", "open_balance_scopes", "open_balances")) {
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
            insert into open_balances (client_id, currency, outstanding, outstanding_count, overdue, overdue_count)
            select distinct p.client_id, p.currency, 0, 0, 0, 0 from payments p
            where not exists (select 1 from open_balances b where b.client_id = p.client_id)""", """
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
            group by s.scope_id, b.currency""", """
            insert into open_due_totals (scope_id, due_date, invoices)
            select s.scope_id, d.due_date, count(*)
            from billing_documents d join open_balance_scopes s on s.client_id = d.client_id
            where d.doc_type = 'INVOICE' and d.status in ('SENT', 'VIEWED') and d.balance > 0 and d.due_date is not null
            group by s.scope_id, d.due_date""", """
            insert into received_totals (scope_id, payment_date, currency, amount, payments)
            select s.scope_id, p.payment_date, p.currency, sum(p.amount), count(*)
            from payments p join open_balance_scopes s on s.client_id = p.client_id
            group by s.scope_id, p.payment_date, p.currency""");

    boolean hasRows(long clientId) {
        return !em.createNativeQuery(
                        "select currency from open_balances where client_id = :c order by currency for update")
                .setParameter("c", clientId)
                .getResultList()
                .isEmpty();
    }

    Map<String, OpenBalance> lockRows(long clientId) {
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

    Set<Long> lockScopes(long clientId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery(
                        "select scope_id from open_balance_scopes where client_id = :c order by scope_id for update")
                .setParameter("c", clientId)
                .getResultList();
        Set<Long> scopes = new HashSet<>();
        rows.forEach(n -> scopes.add(n.longValue()));
        return scopes;
    }

    void insertScope(long clientId, long scope) {
        em.createNativeQuery("insert into open_balance_scopes (client_id, scope_id) values (:c, :s)")
                .setParameter("c", clientId)
                .setParameter("s", scope)
                .executeUpdate();
    }

    /** {@code x = x + delta} on the row, created at the delta when missing; atomic on H2 (MySQL mode) and MariaDB. */
    void upsert(String table, String keyColumn, long key, String currency, OpenBalance delta) {
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

    /** One audience's invoices due (sent or viewed, money open) from {@code from} to {@code to}, inclusive. */
    long dueCount(long scope, LocalDate from, LocalDate to) {
        Number n = (Number) em.createNativeQuery("select coalesce(sum(invoices), 0) from open_due_totals"
                        + " where scope_id = :s and due_date between :f and :t")
                .setParameter("s", scope)
                .setParameter("f", from)
                .setParameter("t", to)
                .getSingleResult();
        return n.longValue();
    }

    /** One audience's payments dated from {@code from} to {@code to}, inclusive, per currency. */
    List<CurrencySum> received(long scope, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select currency, sum(amount), sum(payments) from received_totals"
                        + " where scope_id = :s and payment_date between :f and :t"
                        + " group by currency having sum(payments) > 0 order by currency")
                .setParameter("s", scope)
                .setParameter("f", from)
                .setParameter("t", to)
                .getResultList();
        return currencySums(rows);
    }

    /** {@code invoices = invoices + delta} on one audience's day, created at the delta when missing; at commit. */
    void addDue(long scope, LocalDate day, long delta) {
        SharedTotals.add(due, new ScopeKey(scope, day, ""), delta);
    }

    private void writeDue(ScopeKey key, long delta) {
        if (delta == 0) {
            return;
        }
        long scope = key.scope();
        LocalDate day = key.day();
        em.createNativeQuery("insert into open_due_totals (scope_id, due_date, invoices) values (:s, :d, :n)"
                        + " on duplicate key update invoices = invoices + :n")
                .setParameter("s", scope)
                .setParameter("d", day)
                .setParameter("n", delta)
                .executeUpdate();
    }

    /** Adds payments to one audience's day and currency, created at the delta when missing; at commit. */
    void addReceived(long scope, Received delta) {
        SharedTotals.add(received, new ScopeKey(scope, delta.day(), delta.currency()), delta);
    }

    private void writeReceived(ScopeKey key, Received delta) {
        long scope = key.scope();
        em.createNativeQuery("insert into received_totals (scope_id, payment_date, currency, amount, payments)"
                        + " values (:s, :d, :c, :a, :n)"
                        + " on duplicate key update amount = amount + :a, payments = payments + :n")
                .setParameter("s", scope)
                .setParameter("d", delta.day())
                .setParameter("c", delta.currency())
                .setParameter("a", delta.amount())
                .setParameter("n", delta.payments())
                .executeUpdate();
    }

    /**
     * What a client adds to its audiences' "due" days, read from its invoices: invoices per due date. A plain read,
     * under the client's row lock (its caller's): every writer of the client's invoices takes that lock before it
     * counts a change, so the committed rows (read committed) are the ones its audiences were counted with; a change
     * not yet committed is counted by its writer after this transaction, into the audiences as they are then. A
     * locking read would wait for such a writer while it waits for the client: a deadlock.
     */
    Map<LocalDate, Long> dueOf(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select due_date from billing_documents where client_id = :c"
                        + " and doc_type = 'INVOICE' and status in ('SENT', 'VIEWED') and balance > 0"
                        + " and due_date is not null")
                .setParameter("c", clientId)
                .getResultList();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (Object day : rows) {
            perDay.merge(toLocalDate(day), 1L, Long::sum);
        }
        return perDay;
    }

    /** What a client adds to its audiences' received payments, read from its payments (as {@link #dueOf}). */
    List<Received> receivedOf(long clientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select payment_date, currency, amount from payments" + " where client_id = :c")
                .setParameter("c", clientId)
                .getResultList();
        Map<String, Received> perDay = new TreeMap<>();
        for (Object[] r : rows) {
            Received one = new Received(toLocalDate(r[0]), (String) r[1], (BigDecimal) r[2], 1);
            perDay.merge(one.day() + " " + one.currency(), one, Received::plus);
        }
        return List.copyOf(perDay.values());
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Rows of (currency, amount, count) as sums at the totals' scale. */
    private static List<CurrencySum> currencySums(List<Object[]> rows) {
        return rows.stream()
                .map(r -> new CurrencySum(
                        (String) r[0],
                        ((BigDecimal) r[1]).setScale(4, RoundingMode.UNNECESSARY),
                        ((Number) r[2]).longValue()))
                .toList();
    }
}
