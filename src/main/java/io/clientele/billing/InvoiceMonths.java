package io.clientele.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The issued invoices' figures per client, currency and month of issue, kept for the group report (issue 18: summing
 * a year of 2.7 million invoices took 23 s). Billing owns the table ({@code invoice_months}, changeset 0044) and keeps
 * it in the same transaction as every change of an issued invoice: issue, payment recorded or deleted, credit note
 * (all through {@link BillingSupport#refreshAmountOwed(Invoice)}), and a merge of clients. Drafts never count, so
 * editing or deleting one changes nothing; a client in the Trash still counts (as the report always did); a client
 * deleted for good takes its rows with it (foreign key cascade). Each change recounts the invoice's client-month from
 * its invoices, so a row always equals what a full recount would give.
 *
 * <p>Readers get the figures of a period as SQL rows ({@link #rows}), to join to what they group by.
 */
@Component
public class InvoiceMonths {

    /**
     * A derived table with one row per client-month or invoice of the period: {@code client_id, currency, invoices,
     * invoiced, paid, outstanding, paid_count, days_sum}, and its parameters. Several rows may name the same client
     * and currency: readers sum them (and count clients distinctly).
     */
    public record Rows(String sql, Map<String, Object> parameters) {}

    private final InvoiceMonthQueries q;

    InvoiceMonths(InvoiceMonthQueries q) {
        this.q = q;
    }

    /**
     * After a change of an invoice, in its transaction and after the client's row was locked (every billing write
     * locks it first): its "paid on" date and its client-month recounted. Drafts count nowhere and are skipped.
     */
    void track(Invoice invoice) {
        if (invoice.getStatus() == InvoiceStatus.DRAFT) {
            return;
        }
        q.refreshPaidOn(Objects.requireNonNull(invoice.getId()));
        q.recount(InvoiceService.clientId(invoice), invoice.getCurrency(), YearMonth.from(invoice.getIssueDate()));
    }

    /** After a merge moved the merged client's invoices to the survivor: their months go with them. */
    void merged(long mergedId, long survivorId) {
        q.deleteClient(mergedId);
        q.recountClient(survivorId);
    }

    /** Recounts everything from the invoices (see {@link InvoiceMonthQueries#rebuild}). */
    void rebuild() {
        q.rebuild();
    }

    /**
     * The counted invoices issued from {@code from} to {@code to} (inclusive): whole months from the kept rows, and
     * the invoices of a month the period cuts read one by one (by an index holding every figure). A cut month is read
     * from the kept rows too when no counted invoice lies in the part the period leaves out (a period "until today"
     * usually has none after today).
     */
    public Rows rows(LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        boolean headCut = from.getDayOfMonth() != 1 && q.anyIssued(first.atDay(1), from.minusDays(1));
        boolean tailCut = !to.equals(last.atEndOfMonth()) && q.anyIssued(to.plusDays(1), last.atEndOfMonth());
        Map<String, Object> parameters = new HashMap<>();
        List<String> live = new ArrayList<>();
        YearMonth monthsFrom = first;
        YearMonth monthsTo = last;
        if (first.equals(last) && (headCut || tailCut)) {
            live.add(range(parameters, "whole", from, to));
            monthsTo = first.minusMonths(1);
        } else {
            if (headCut) {
                live.add(range(parameters, "head", from, first.atEndOfMonth()));
                monthsFrom = first.plusMonths(1);
            }
            if (tailCut) {
                live.add(range(parameters, "tail", last.atDay(1), to));
                monthsTo = last.minusMonths(1);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!monthsFrom.isAfter(monthsTo)) {
            parameters.put("monthFrom", InvoiceMonthQueries.month(monthsFrom));
            parameters.put("monthTo", InvoiceMonthQueries.month(monthsTo));
            parts.add("""
                    select m.client_id as client_id, m.currency as currency, m.invoices as invoices,
                           m.invoiced as invoiced, m.paid as paid, m.outstanding as outstanding,
                           m.paid_count as paid_count, m.days_sum as days_sum
                    from invoice_months m
                    where m.issue_month >= :monthFrom and m.issue_month <= :monthTo and m.invoices > 0""");
        }
        if (!live.isEmpty()) {
            parts.add("""
                    select d.client_id as client_id, d.currency as currency, 1 as invoices,
                           d.total - d.credited_total as invoiced, d.paid_total as paid, d.balance as outstanding,
                           case when d.paid_on is null then 0 else 1 end as paid_count,
                           coalesce(timestampdiff(DAY, d.issue_date, d.paid_on), 0) as days_sum
                    from billing_documents d
                    where %s and (%s)""".formatted(InvoiceMonthQueries.COUNTED, String.join(" or ", live)));
        }
        return new Rows(String.join("\nunion all\n", parts), parameters);
    }

    private static String range(Map<String, Object> parameters, String name, LocalDate from, LocalDate to) {
        parameters.put(name + "From", from);
        parameters.put(name + "To", to);
        return "d.issue_date >= :%1$sFrom and d.issue_date <= :%1$sTo".formatted(name);
    }
}
