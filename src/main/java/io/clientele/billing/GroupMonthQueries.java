package io.clientele.billing;

import io.clientele.base.domain.SharedTotals;
import io.clientele.billing.InvoiceMonthQueries.ClientPeriod;
import io.clientele.billing.InvoiceMonthQueries.Figures;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code group_months} (changeset 0049): the group report's figures per group, currency, ten days of issue
 * ({@link TenDays}) and "since" period, kept by {@link InvoiceMonths}. Every write adds a difference ({@code x = x + d}, an upsert), so two
 * transactions changing clients of one group never lose one another's change; one transaction's rows are written in
 * key order (no two writers wait for each other in opposite orders). The clients' groups are read from the client
 * feature's {@code client_group_members} (read only, as the report always joined it).
 */
@Component
class GroupMonthQueries {

    /** The bucket of the clients in no group. */
    static final long NO_GROUP = 0;
    /** The bucket every client counts in once: the report's totals per currency. */
    static final long EVERY_CLIENT = -1;

    private static final String COLUMNS =
            "group_id, currency, issue_period, since_period, clients, invoices, invoiced, paid, outstanding, paid_count,"
                    + " days_sum";

    private static final String ADD = """
             on duplicate key update clients = clients + values(clients), invoices = invoices + values(invoices),
            invoiced = invoiced + values(invoiced), paid = paid + values(paid),
            outstanding = outstanding + values(outstanding), paid_count = paid_count + values(paid_count),
            days_sum = days_sum + values(days_sum)""";

    private final EntityManager em;
    /** After the dashboard's shared rows (OpenBalanceQueries): one order for every transaction. */
    private final SharedTotals.Table<Key, Delta> rows;

    GroupMonthQueries(EntityManager em) {
        this.em = em;
        this.rows = new SharedTotals.Table<>(40, "group_months", Delta::plus, this::write);
    }

    /** The client's groups now, or {@link #NO_GROUP} alone when it is in none. */
    Set<Long> groupsOf(long clientId) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select group_id from client_group_members where client_id = :c")
                .setParameter("c", clientId)
                .getResultList();
        Set<Long> groups = new TreeSet<>();
        ids.forEach(id -> groups.add(id.longValue()));
        return groups.isEmpty() ? Set.of(NO_GROUP) : groups;
    }

    /**
     * Adds {@code d} to one row (created at zero when missing), at the commit (see {@link SharedTotals}): the rows of a
     * busy group's current period are shared by every writer of that group.
     */
    void add(long groupId, String currency, int period, int since, Delta d) {
        SharedTotals.add(rows, new Key(groupId, currency, period, since), d);
    }

    private void write(Key k, Delta d) {
        if (d.isZero()) {
            return;
        }
        em.createNativeQuery("insert into group_months (" + COLUMNS
                        + ") values (:g, :cur, :m, :s, :clients, :invoices, :invoiced, :paid, :outstanding,"
                        + " :paidCount, :daysSum)" + ADD)
                .setParameter("g", k.group())
                .setParameter("cur", k.currency())
                .setParameter("m", k.period())
                .setParameter("s", k.since())
                .setParameter("clients", d.clients())
                .setParameter("invoices", d.figures().invoices())
                .setParameter("invoiced", d.figures().invoiced())
                .setParameter("paid", d.figures().paid())
                .setParameter("outstanding", d.figures().outstanding())
                .setParameter("paidCount", d.figures().paidCount())
                .setParameter("daysSum", d.figures().daysSum())
                .executeUpdate();
    }

    /** The key of a {@code group_months} row, in the table's primary key order. */
    record Key(long group, String currency, int period, int since) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::group)
                .thenComparing(Key::currency)
                .thenComparingInt(Key::period)
                .thenComparingInt(Key::since);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    /**
     * Before a group is deleted (its memberships still there): its members in no other group now count in "no
     * group", and its rows go.
     */
    void deletingGroup(long groupId) {
        // Written now, not at the commit: a set-based move of every member. What this transaction would still have
        // added to the group's rows goes with them.
        SharedTotals.discard(rows, k -> k.group() == groupId);
        em.flush();
        em.createNativeQuery("insert into group_months (" + COLUMNS + ") select 0, " + contribution("")
                        + " from invoice_months im where im.invoices > 0 and im.client_id in"
                        + " (select m.client_id from client_group_members m where m.group_id = :g)"
                        + " and not exists (select 1 from client_group_members o"
                        + " where o.client_id = im.client_id and o.group_id <> :g)"
                        + " group by im.currency, im.issue_period, im.since_period" + ADD)
                .setParameter("g", groupId)
                .executeUpdate();
        em.createNativeQuery("delete from group_months where group_id = :g")
                .setParameter("g", groupId)
                .executeUpdate();
    }

    /** Recounts every row from {@code invoice_months} and the memberships: changeset 0049's backfill. */
    void rebuild() {
        SharedTotals.discard(rows, k -> true);
        em.flush();
        em.createNativeQuery("delete from group_months").executeUpdate();
        em.createNativeQuery("insert into group_months (" + COLUMNS + ") select coalesce(m.group_id, 0), "
                        + contribution("") + " from invoice_months im"
                        + " left join client_group_members m on m.client_id = im.client_id where im.invoices > 0"
                        + " group by coalesce(m.group_id, 0), im.currency, im.issue_period, im.since_period")
                .executeUpdate();
        em.createNativeQuery("insert into group_months (" + COLUMNS + ") select -1, " + contribution("")
                        + " from invoice_months im where im.invoices > 0"
                        + " group by im.currency, im.issue_period, im.since_period")
                .executeUpdate();
    }

    /** The columns after {@code group_id} summed over client periods {@code im}, negated with {@code sign} "-". */
    private static String contribution(String sign) {
        return ("im.currency, im.issue_period, im.since_period, %1$scount(*), %1$ssum(im.invoices), %1$ssum(im.invoiced),"
                        + " %1$ssum(im.paid), %1$ssum(im.outstanding), %1$ssum(im.paid_count), %1$ssum(im.days_sum)")
                .formatted(sign);
    }

    /** What one row changes by: a client period's count (1 or -1) and figures, or the difference of two. */
    record Delta(long clients, Figures figures) {

        static Delta of(ClientPeriod m, int sign) {
            return new Delta(sign, m.figures().times(sign));
        }

        Delta plus(Delta o) {
            return new Delta(clients + o.clients, figures.plus(o.figures));
        }

        boolean isZero() {
            return clients == 0 && figures.isZero();
        }
    }
}
