package io.clientele.billing;

import io.clientele.billing.GroupMonthQueries.Delta;
import io.clientele.billing.InvoiceMonthQueries.ClientPeriod;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * The issued invoices' figures per client, currency and ten days of issue ({@link TenDays}: the table keeps its first
 * name, {@code invoice_months}, from when it kept months), kept for the group report (issue 18: summing a year of 2.7
 * million invoices took 23 s). Billing owns the table ({@code invoice_months}, changeset 0044) and keeps
 * it in the same transaction as every change of an issued invoice: issue, payment recorded or deleted, credit note
 * (all through {@link BillingSupport#refreshAmountOwed(Invoice)}), and a merge of clients. Drafts never count, so
 * editing or deleting one changes nothing; a client in the Trash still counts (as the report always did); a client
 * deleted for good takes its rows with it (foreign key cascade). Each change recounts the invoice's client period from
 * its invoices, so a row always equals what a full recount would give.
 *
 * <p>The same changes, and every change of a client's groups (told by the client feature through {@code
 * BillingGroupChanges}), keep {@code group_months} (changeset 0049): the client periods summed per group, so that the
 * report reads a few thousand rows instead of joining 2.5 million client periods to the groups (see {@link
 * GroupMonthQueries}). There a difference is added, computed from the client's periods before and after the change:
 * several clients share a group's row.
 *
 * <p>Readers get the figures of a period as SQL rows ({@link #groupRows}).
 */
@Component
public class InvoiceMonths {

    /** A derived table (see {@link #groupRows}) and its parameters. */
    public record Rows(String sql, Map<String, Object> parameters) {}

    private final InvoiceMonthQueries q;
    private final GroupMonthQueries groups;

    InvoiceMonths(InvoiceMonthQueries q, GroupMonthQueries groups) {
        this.q = q;
        this.groups = groups;
    }

    /**
     * After a change of an invoice, in its transaction and after the client's row was locked (every billing write
     * locks it first): its "paid on" date and its client period recounted, the client's "since" periods in that
     * currency set again, and what changed added to the client's groups' rows. Drafts count nowhere and are skipped.
     */
    void track(Invoice invoice) {
        if (invoice.getStatus() == InvoiceStatus.DRAFT) {
            return;
        }
        q.refreshPaidOn(Objects.requireNonNull(invoice.getId()));
        long clientId = InvoiceService.clientId(invoice);
        String currency = invoice.getCurrency();
        List<ClientPeriod> before = q.periods(clientId, currency);
        q.recount(clientId, currency, TenDays.of(invoice.getIssueDate()));
        List<ClientPeriod> after = chain(clientId, q.periods(clientId, currency));
        Map<Key, Delta> change = new TreeMap<>();
        before.forEach(m -> change.merge(Key.of(m), Delta.of(m, -1), Delta::plus));
        after.forEach(m -> change.merge(Key.of(m), Delta.of(m, 1), Delta::plus));
        change.values().removeIf(Delta::isZero);
        addToGroups(clientId, change);
    }

    /** Adds a client's changes to the groups it is in now (or no group) and to the every-client bucket. */
    private void addToGroups(long clientId, Map<Key, Delta> change) {
        if (change.isEmpty()) {
            return;
        }
        Set<Long> targets = new TreeSet<>(groups.groupsOf(clientId));
        targets.add(GroupMonthQueries.EVERY_CLIENT);
        for (long group : targets) {
            change.forEach((k, d) -> groups.add(group, k.currency(), k.period(), k.since(), d));
        }
    }

    /**
     * After a merge moved the merged client's invoices to the survivor (the survivor still in its groups from before
     * the merge): their periods go with them, and the group rows follow.
     */
    void merged(long mergedId, long survivorId) {
        addClients(List.of(mergedId, survivorId), -1);
        q.deleteClient(mergedId);
        q.recountClient(survivorId);
        chain(survivorId, q.periods(survivorId, null));
        addClients(List.of(survivorId), 1);
    }

    /** Before clients are deleted for good (their periods go with them by the foreign key): their group rows too. */
    void deleting(Collection<Long> clientIds) {
        addClients(clientIds, -1);
    }

    /**
     * Adds ({@code sign} 1) or takes away (-1) these clients' counted periods, as {@code invoice_months} holds them
     * now, to or from the groups they are in now (or no group) and the every-client bucket.
     */
    private void addClients(Collection<Long> clientIds, int sign) {
        for (long clientId : new TreeSet<>(clientIds)) {
            Map<Key, Delta> change = new TreeMap<>();
            q.periods(clientId, null).forEach(m -> change.put(Key.of(m), Delta.of(m, sign)));
            addToGroups(clientId, change);
        }
    }

    /** After a client's groups changed (flushed): its periods leave the groups it left and join the ones it joined. */
    void groupsChanged(long clientId, Set<Long> before, Set<Long> after) {
        Set<Long> left = new TreeSet<>(before.isEmpty() ? Set.of(GroupMonthQueries.NO_GROUP) : before);
        Set<Long> joined = new TreeSet<>(after.isEmpty() ? Set.of(GroupMonthQueries.NO_GROUP) : after);
        Set<Long> unchanged = new TreeSet<>(left);
        unchanged.retainAll(joined);
        left.removeAll(unchanged);
        joined.removeAll(unchanged);
        if (left.isEmpty() && joined.isEmpty()) {
            return;
        }
        List<ClientPeriod> periods = q.periods(clientId, null);
        Map<Long, Integer> signs = new TreeMap<>();
        left.forEach(g -> signs.put(g, -1));
        joined.forEach(g -> signs.put(g, 1));
        // Groups in id order, each one's rows in key order (they come by currency and period).
        signs.forEach((group, sign) ->
                periods.forEach(m -> groups.add(group, m.currency(), m.period(), m.since(), Delta.of(m, sign))));
    }

    /** Before a group is deleted, its memberships still there: its members in no other group count in "no group". */
    void deletingGroup(long groupId) {
        groups.deletingGroup(groupId);
    }

    /** Recounts everything from the invoices (see {@link InvoiceMonthQueries#rebuild}). */
    void rebuild() {
        q.rebuild();
        groups.rebuild();
    }

    /**
     * Sets each period's "since" to the client's previous counted period in its currency ({@code periods} in the
     * order of currency and period), writing only those that differ; returns the periods as they now are.
     */
    private List<ClientPeriod> chain(long clientId, List<ClientPeriod> periods) {
        List<ClientPeriod> out = new ArrayList<>(periods.size());
        String currency = null;
        int previous = 0;
        for (ClientPeriod m : periods) {
            if (!m.currency().equals(currency)) {
                currency = m.currency();
                previous = 0;
            }
            if (m.since() != previous) {
                q.since(clientId, m.currency(), m.period(), previous);
                m = m.since(previous);
            }
            out.add(m);
            previous = m.period();
        }
        return out;
    }

    /**
     * The group report's figures of the invoices issued from {@code from} to {@code to} (inclusive), as SQL rows
     * {@code group_id, currency, clients, invoices, invoiced, paid, outstanding, paid_count, days_sum} that readers sum
     * per group and currency: group_id is a client group's id, {@link GroupMonthQueries#NO_GROUP} for clients in no
     * group, {@link GroupMonthQueries#EVERY_CLIENT} for every client once (the totals per currency).
     *
     * <p>Whole ten-day periods ({@link TenDays}) come from the kept group rows. One the report's period cuts (a
     * counted invoice lies in the part it leaves out) is read invoice by invoice, whichever part of it has fewer days
     * (at most five): the part inside, added to the whole periods around it, its clients counted when they have no
     * invoice in those; or the part outside, taken off the kept rows of every period touched, its clients taken off
     * when they have no counted invoice in the report's period at all. A period "until today" usually cuts nothing
     * (nothing is issued after today); one that starts on the 7th reads the 7th to the 10th.
     */
    public Rows groupRows(LocalDate from, LocalDate to) {
        TenDays first = TenDays.of(from);
        TenDays last = TenDays.of(to);
        boolean headCut = !from.equals(first.first()) && q.anyIssued(first.first(), from.minusDays(1));
        boolean tailCut = !to.equals(last.last()) && q.anyIssued(to.plusDays(1), last.last());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("periodFrom", from);
        parameters.put("periodTo", to);
        if (!headCut && !tailCut) {
            return new Rows(kept(parameters, first, last), parameters);
        }
        long outside = (headCut ? ChronoUnit.DAYS.between(first.first(), from) : 0)
                + (tailCut ? ChronoUnit.DAYS.between(to, last.last()) : 0);
        long inside = first.equals(last)
                ? ChronoUnit.DAYS.between(from, to) + 1
                : (headCut ? ChronoUnit.DAYS.between(from, first.last()) + 1 : 0)
                        + (tailCut ? ChronoUnit.DAYS.between(last.first(), to) + 1 : 0);
        if (outside <= inside) {
            // Every touched period whole, less the days outside the period asked for.
            List<String> ranges = new ArrayList<>();
            if (headCut) {
                ranges.add(range(parameters, "head", first.first(), from.minusDays(1)));
            }
            if (tailCut) {
                ranges.add(range(parameters, "tail", to.plusDays(1), last.last()));
            }
            // Gone from the period: no kept period strictly between the cut ones (an index-only probe that settles
            // most clients of a long period), and no counted invoice in the days asked for of the cut ones.
            String between = first.next().key() > last.previous().key() ? "" : """
                    not exists (select 1 from invoice_months w where w.client_id = d.client_id
                        and w.currency = d.currency and w.invoices > 0 and w.issue_period > :firstPeriod
                        and w.issue_period < :lastPeriod)""" + " and ";
            parameters.put("firstPeriod", first.key());
            parameters.put("lastPeriod", last.key());
            String gone = between + """
                    not exists (select 1 from billing_documents p where p.client_id = d.client_id
                        and p.doc_type = 'INVOICE' and p.issue_date >= :periodFrom and p.issue_date <= :periodTo
                        and p.status <> 'DRAFT' and p.currency = d.currency)""";
            return new Rows(
                    kept(parameters, first, last) + "\nunion all\n" + live(String.join(" or ", ranges), gone, "-"),
                    parameters);
        }
        // The whole periods between, plus the days asked for of the cut ones.
        TenDays wholeFrom = headCut ? first.next() : first;
        TenDays wholeTo = tailCut ? last.previous() : last;
        List<String> ranges = new ArrayList<>();
        if (first.equals(last)) {
            ranges.add(range(parameters, "whole", from, to));
        } else {
            if (headCut) {
                ranges.add(range(parameters, "head", from, first.last()));
            }
            if (tailCut) {
                ranges.add(range(parameters, "tail", last.first(), to));
            }
        }
        if (wholeFrom.key() > wholeTo.key()) {
            return new Rows(live(String.join(" or ", ranges), "1 = 1", ""), parameters);
        }
        String fresh = """
                not exists (select 1 from invoice_months w where w.client_id = d.client_id and w.currency = d.currency
                    and w.invoices > 0 and w.issue_period >= :keptFrom and w.issue_period <= :keptTo)""";
        return new Rows(
                kept(parameters, wholeFrom, wholeTo) + "\nunion all\n" + live(String.join(" or ", ranges), fresh, ""),
                parameters);
    }

    /**
     * The kept group rows of the periods {@code from} to {@code to}: a client counts in the first of its periods
     * there, the one whose previous period is before them.
     */
    private static String kept(Map<String, Object> parameters, TenDays from, TenDays to) {
        parameters.put("keptFrom", from.key());
        parameters.put("keptTo", to.key());
        return """
                select gm.group_id as group_id, gm.currency as currency,
                       sum(case when gm.since_period < :keptFrom then gm.clients else 0 end) as clients,
                       sum(gm.invoices) as invoices, sum(gm.invoiced) as invoiced, sum(gm.paid) as paid,
                       sum(gm.outstanding) as outstanding, sum(gm.paid_count) as paid_count,
                       sum(gm.days_sum) as days_sum
                from group_months gm
                where gm.issue_period >= :keptFrom and gm.issue_period <= :keptTo
                group by gm.group_id, gm.currency""";
    }

    /**
     * The counted invoices of {@code ranges} summed per client and currency ({@code x}, with {@code counts}, a condition
     * on the client {@code d.client_id} and currency {@code d.currency}, tested once per client), then per group now
     * and once for every client; negated with {@code sign} "-". One pass over the invoices: each client's sums joined
     * to its groups and to the every-client row together.
     */
    private static String live(String ranges, String counts, String sign) {
        return """
                select case when b.k = 1 then -1 else coalesce(m.group_id, 0) end as group_id, x.currency as currency,
                       %3$ssum(x.counts) as clients, %3$ssum(x.invoices) as invoices,
                       %3$ssum(x.invoiced) as invoiced, %3$ssum(x.paid) as paid,
                       %3$ssum(x.outstanding) as outstanding, %3$ssum(x.paid_count) as paid_count,
                       %3$ssum(x.days_sum) as days_sum
                from (select d.client_id as client_id, d.currency as currency, count(*) as invoices,
                             sum(d.total - d.credited_total) as invoiced, sum(d.paid_total) as paid,
                             sum(d.balance) as outstanding, count(d.paid_on) as paid_count,
                             coalesce(sum(timestampdiff(DAY, d.issue_date, d.paid_on)), 0) as days_sum,
                             case when %2$s then 1 else 0 end as counts
                      from billing_documents d
                      where %4$s and (%1$s)
                      group by d.client_id, d.currency) x
                join (select 1 as k union all select 2 as k) b on 1 = 1
                left join client_group_members m on b.k = 2 and m.client_id = x.client_id
                group by case when b.k = 1 then -1 else coalesce(m.group_id, 0) end, x.currency""".formatted(ranges, counts, sign, InvoiceMonthQueries.COUNTED);
    }

    /** A row of {@code group_months} without its group: the key the figures of one client period change under. */
    private record Key(String currency, int period, int since) implements Comparable<Key> {

        static Key of(ClientPeriod m) {
            return new Key(m.currency(), m.period(), m.since());
        }

        @Override
        public int compareTo(Key o) {
            return Comparator.comparing(Key::currency)
                    .thenComparingInt(Key::period)
                    .thenComparingInt(Key::since)
                    .compare(this, o);
        }
    }

    private static String range(Map<String, Object> parameters, String name, LocalDate from, LocalDate to) {
        parameters.put(name + "From", from);
        parameters.put(name + "To", to);
        return "d.issue_date >= :%1$sFrom and d.issue_date <= :%1$sTo".formatted(name);
    }
}
