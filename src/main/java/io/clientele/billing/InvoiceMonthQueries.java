package io.clientele.billing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@link InvoiceMonths}: native statements on {@code invoice_months} and {@code billing_documents.paid_on}
 * (changesets 0044, 0049), valid on H2 in MySQL mode and on MariaDB. A client-month is never adjusted by a difference:
 * it is recounted from its invoices (a handful), so it cannot drift from them whatever path changed one.
 */
@Component
class InvoiceMonthQueries {

    /** What the group report counts: issued invoices (drafts never); {@code d} is {@code billing_documents}. */
    static final String COUNTED = "d.doc_type = 'INVOICE' and d.status <> 'DRAFT'";

    /** The figures of a set of counted invoices, in the column order of {@link #COLUMNS}'s figures. */
    private static final String FIGURES = """
            count(*), coalesce(sum(d.total - d.credited_total), 0), coalesce(sum(d.paid_total), 0),
            coalesce(sum(d.balance), 0), count(d.paid_on), coalesce(sum(timestampdiff(DAY, d.issue_date, d.paid_on)), 0)""";

    private static final String COLUMNS =
            "client_id, currency, issue_period, invoices, invoiced, paid, outstanding, paid_count, days_sum";

    private static final String PERIOD = TenDays.SQL;

    private static final String REPLACE = """
             on duplicate key update invoices = values(invoices), invoiced = values(invoiced), paid = values(paid),
            outstanding = values(outstanding), paid_count = values(paid_count), days_sum = values(days_sum)""";

    private final EntityManager em;

    InvoiceMonthQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * The invoice's "fully paid on" date from its payments: the last payment's date while it is paid, else null.
     * Written in SQL (the entity does not map the column), after the invoice's own changes were flushed.
     */
    void refreshPaidOn(long invoiceId) {
        em.flush();
        em.createNativeQuery("""
                        update billing_documents set paid_on = case when status = 'PAID' then
                        (select max(p.payment_date) from payments p where p.invoice_id = :id) end
                        where id = :id""").setParameter("id", invoiceId).executeUpdate();
    }

    /**
     * Recounts one client period (ten days) in one currency from its counted invoices. An upsert, not delete and insert: on
     * MariaDB a delete of a missing key takes a gap lock, and two such transactions inserting into neighbouring gaps
     * deadlock.
     */
    void recount(long clientId, String currency, TenDays period) {
        em.createNativeQuery("insert into invoice_months (" + COLUMNS + ") select :c, :cur, :m, " + FIGURES
                        + " from billing_documents d where d.client_id = :c and d.currency = :cur and " + COUNTED
                        + " and d.issue_date >= :start and d.issue_date < :next" + REPLACE)
                .setParameter("c", clientId)
                .setParameter("cur", currency)
                .setParameter("m", period.key())
                .setParameter("start", period.first())
                .setParameter("next", period.last().plusDays(1))
                .executeUpdate();
    }

    /** Recounts every month of a client (after a merge brought it another client's invoices). */
    void recountClient(long clientId) {
        em.flush();
        em.createNativeQuery("insert into invoice_months (" + COLUMNS + ") select d.client_id, d.currency, " + PERIOD
                        + ", " + FIGURES + " from billing_documents d where d.client_id = :c and " + COUNTED
                        + " group by d.client_id, d.currency, " + PERIOD + REPLACE)
                .setParameter("c", clientId)
                .executeUpdate();
    }

    /** Forgets a client's months (a merged client, whose invoices went to the survivor). */
    void deleteClient(long clientId) {
        em.createNativeQuery("delete from invoice_months where client_id = :c")
                .setParameter("c", clientId)
                .executeUpdate();
    }

    /**
     * Whether any counted invoice was issued from {@code from} to {@code to} (inclusive): one probe of an index
     * range, stopped at the first.
     */
    boolean anyIssued(LocalDate from, LocalDate to) {
        return !em.createNativeQuery("select 1 from billing_documents d where " + COUNTED
                        + " and d.issue_date >= :from and d.issue_date <= :to limit 1")
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList()
                .isEmpty();
    }

    /**
     * A client's counted periods (with at least one invoice) in one currency, or in every currency when
     * {@code currency} is null, in the order of currency and period.
     */
    List<ClientPeriod> periods(long clientId, @Nullable String currency) {
        Query q = em.createNativeQuery("select currency, issue_period, since_period, invoices, invoiced, paid,"
                        + " outstanding, paid_count, days_sum from invoice_months where client_id = :c"
                        + (currency == null ? "" : " and currency = :cur")
                        + " and invoices > 0 order by currency, issue_period")
                .setParameter("c", clientId);
        if (currency != null) {
            q.setParameter("cur", currency);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(ClientPeriod::of).toList();
    }

    /** Writes a client period's previous counted period (0: none) in that currency. */
    void since(long clientId, String currency, int period, int since) {
        em.createNativeQuery("update invoice_months set since_period = :s"
                        + " where client_id = :c and currency = :cur and issue_period = :m")
                .setParameter("s", since)
                .setParameter("c", clientId)
                .setParameter("cur", currency)
                .setParameter("m", period)
                .executeUpdate();
    }

    /**
     * Recounts everything from the invoices, for data written around the services (demo and benchmark seeding): the
     * same statements as changesets 0044 and 0049's backfill.
     */
    void rebuild() {
        em.flush();
        em.createNativeQuery("update billing_documents set paid_on = null where paid_on is not null")
                .executeUpdate();
        em.createNativeQuery("""
                        update billing_documents set paid_on =
                        (select max(p.payment_date) from payments p where p.invoice_id = billing_documents.id)
                        where doc_type = 'INVOICE' and status = 'PAID'""").executeUpdate();
        em.createNativeQuery("delete from invoice_months").executeUpdate();
        em.createNativeQuery("insert into invoice_months (" + COLUMNS + ", since_period) select x.*, coalesce(lag("
                        + "x.issue_period) over (partition by x.client_id, x.currency order by x.issue_period), 0)"
                        + " from (select d.client_id, d.currency, " + PERIOD + " as issue_period, " + FIGURES
                        + " from billing_documents d where " + COUNTED + " group by d.client_id, d.currency, "
                        + PERIOD + ") x")
                .executeUpdate();
    }

    /**
     * One client period: its currency, ten days ({@link TenDays#key()}), the previous period with counted invoices in
     * that currency ({@code since}, 0: none) and its figures.
     */
    record ClientPeriod(String currency, int period, int since, Figures figures) {

        static ClientPeriod of(Object[] r) {
            return new ClientPeriod(
                    (String) r[0],
                    ((Number) r[1]).intValue(),
                    ((Number) r[2]).intValue(),
                    new Figures(
                            ((Number) r[3]).longValue(),
                            (BigDecimal) r[4],
                            (BigDecimal) r[5],
                            (BigDecimal) r[6],
                            ((Number) r[7]).longValue(),
                            ((Number) r[8]).longValue()));
        }

        ClientPeriod since(int previous) {
            return new ClientPeriod(currency, period, previous, figures);
        }
    }

    /**
     * What the group report sums: counted invoices, invoiced net of credit notes, paid, outstanding, invoices paid in
     * full and their days from issue to the last payment — of a client period, or a difference of them.
     */
    record Figures(
            long invoices, BigDecimal invoiced, BigDecimal paid, BigDecimal outstanding, long paidCount, long daysSum) {

        Figures times(int sign) {
            BigDecimal s = BigDecimal.valueOf(sign);
            return new Figures(
                    sign * invoices,
                    invoiced.multiply(s),
                    paid.multiply(s),
                    outstanding.multiply(s),
                    sign * paidCount,
                    sign * daysSum);
        }

        Figures plus(Figures o) {
            return new Figures(
                    invoices + o.invoices,
                    invoiced.add(o.invoiced),
                    paid.add(o.paid),
                    outstanding.add(o.outstanding),
                    paidCount + o.paidCount,
                    daysSum + o.daysSum);
        }

        boolean isZero() {
            return invoices == 0
                    && invoiced.signum() == 0
                    && paid.signum() == 0
                    && outstanding.signum() == 0
                    && paidCount == 0
                    && daysSum == 0;
        }
    }
}
