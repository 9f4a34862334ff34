package io.clientele.report;

import static io.clientele.report.ReportSql.money;

import io.clientele.base.reporting.Bars;
import io.clientele.base.reporting.Csv;
import io.clientele.base.reporting.PdfRenderer;
import io.clientele.base.reporting.ReportingDatabase;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.billing.InvoiceMonths;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The group report for managers and administrators (who see every client, so nothing is scoped), read from the
 * reporting database (a replica when one is configured) in a read-only transaction.
 */
@Service
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ReportService {

    // Aggregated in SQL, grouped by currency as well: amounts in different currencies are never added up. The rows
    // are billing's kept client-months (issue 18), plus the invoices of a month the period cuts; the join repeats
    // each once per group of its client, read now (clients change groups). A client's rows are not summed first:
    // that needs a temporary table of every client's sums.
    private static final String GROUP_REPORT = """
            select g.name as group_name, i.currency as currency, count(distinct i.client_id) as clients,
                   sum(i.invoices) as invoices, sum(i.invoiced) as invoiced, sum(i.paid) as paid,
                   sum(i.outstanding) as outstanding, sum(i.days_sum) as days_sum, sum(i.paid_count) as days_count
            from (%s) i
            left join client_group_members m on m.client_id = i.client_id
            left join client_groups g on g.id = m.group_id
            group by g.id, g.name, i.currency""";

    // The denominators of the shares: every invoice once, whatever groups its client is in.
    private static final String CURRENCY_TOTALS = """
            select i.currency as currency, sum(i.invoiced) as invoiced
            from (%s) i
            group by i.currency""";

    // The computation before issue 18, over every invoice of the period (23 s for a year at 3,000,000 invoices): kept
    // as the reference the tests compare the kept months with (groupReportLive), never run by the application.
    private static final String LIVE_INVOICES = """
            select d.client_id, d.currency, 1 as invoices, d.total - d.credited_total as invoiced,
                   d.paid_total as paid, d.balance as outstanding,
                   case when d.status = 'PAID' then timestampdiff(DAY, d.issue_date,
                       (select max(p.payment_date) from payments p where p.invoice_id = d.id)) end as days_sum,
                   case when d.status = 'PAID' and exists (select 1 from payments p where p.invoice_id = d.id)
                       then 1 else 0 end as paid_count
            from billing_documents d
            where %s""".formatted(ReportSql.INVOICES_IN_PERIOD);

    static final String GROUP_TEMPLATE = "groups";

    private final ReportingDatabase reporting;
    private final PdfRenderer renderer;
    private final SettingsService settings;
    private final InvoiceMonths months;

    ReportService(ReportingDatabase reporting, PdfRenderer renderer, SettingsService settings, InvoiceMonths months) {
        this.reporting = reporting;
        this.months = months;
        this.renderer = renderer;
        this.settings = settings;
    }

    /**
     * Invoices issued from {@code from} to {@code to} (drafts left out; clients in the Trash still count) per client group and
     * currency: currencies in alphabetical order, within one the most valuable group first, the "No group" bucket
     * (a null group) ranked by its value like any other.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<GroupReportRow> groupReport(LocalDate from, LocalDate to) {
        ReportSql.period(from, to);
        InvoiceMonths.Rows period = months.rows(from, to);
        return groupReport(period.sql(), new MapSqlParameterSource(period.parameters()));
    }

    /**
     * {@link #groupReport(LocalDate, LocalDate)} computed as before issue 18, from every invoice and its payments: the
     * reference the tests compare the kept months with. Not for the application: 23 s for a year at 3,000,000
     * invoices.
     */
    public List<GroupReportRow> groupReportLive(LocalDate from, LocalDate to) {
        return groupReport(LIVE_INVOICES, ReportSql.period(from, to));
    }

    private List<GroupReportRow> groupReport(String invoiceRows, MapSqlParameterSource params) {
        // Both queries in one read-only transaction: the shares' denominators and the rows from one snapshot.
        List<GroupReportRow> rows = reporting.read(jdbc -> groupRows(jdbc, invoiceRows, params));
        // A handful of rows, already aggregated: ordered here so "No group" ranks by value on every database.
        rows.sort(Comparator.comparing(GroupReportRow::currency)
                .thenComparing(GroupReportRow::invoiced, Comparator.reverseOrder())
                .thenComparing(r -> r.group() == null ? "" : r.group()));
        return rows;
    }

    private static List<GroupReportRow> groupRows(
            NamedParameterJdbcTemplate jdbc, String invoiceRows, MapSqlParameterSource params) {
        Map<String, BigDecimal> totals = new HashMap<>();
        jdbc.query(CURRENCY_TOTALS.formatted(invoiceRows), params, rs -> {
            totals.put(rs.getString("currency"), rs.getBigDecimal("invoiced"));
        });
        List<GroupReportRow> rows = new ArrayList<>(jdbc.query(GROUP_REPORT.formatted(invoiceRows), params, (rs, i) -> {
            String currency = rs.getString("currency");
            BigDecimal invoiced = money(rs.getBigDecimal("invoiced"), currency);
            long paidInvoices = rs.getLong("days_count");
            // The average of the paid invoices' days, rounded once here (no SQL division: H2 and MySQL
            // differ in scale).
            BigDecimal days = paidInvoices == 0
                    ? null
                    : rs.getBigDecimal("days_sum").divide(BigDecimal.valueOf(paidInvoices), 1, RoundingMode.HALF_UP);
            BigDecimal total = totals.getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal share = total.signum() == 0
                    ? BigDecimal.ZERO.setScale(1)
                    : invoiced.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
            return new GroupReportRow(
                    rs.getString("group_name"),
                    currency,
                    rs.getLong("clients"),
                    rs.getLong("invoices"),
                    invoiced,
                    money(rs.getBigDecimal("paid"), currency),
                    money(rs.getBigDecimal("outstanding"), currency),
                    days,
                    share);
        }));
        return rows;
    }

    /**
     * The group report as CSV, amounts as plain numbers; {@code header} are the nine column titles in the caller's
     * language and {@code noGroup} the name of the bucket without a group.
     */
    public String groupReportCsv(LocalDate from, LocalDate to, List<String> header, String noGroup) {
        Function<GroupReportRow, List<String>> cells = r -> List.of(
                r.group() == null ? noGroup : r.group(),
                r.currency(),
                Long.toString(r.clients()),
                Long.toString(r.invoices()),
                r.invoiced().toPlainString(),
                r.paid().toPlainString(),
                r.outstanding().toPlainString(),
                r.averageDaysToPay() == null ? "" : r.averageDaysToPay().toPlainString(),
                r.share().toPlainString());
        return Csv.write(header, groupReport(from, to).stream().map(cells).toList());
    }

    /** The group report as PDF with a bar per row, labels, numbers and amounts in {@code locale}. */
    public byte[] groupReportPdf(LocalDate from, LocalDate to, Locale locale) {
        String noGroup = PdfRenderer.labels(GROUP_TEMPLATE, locale).getString("noGroup");
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        List<Map<String, ?>> rows = groupReport(from, to).stream()
                .<Map<String, ?>>map(r -> Map.of(
                        "group",
                        r.group() == null ? noGroup : r.group(),
                        "currency",
                        r.currency(),
                        "clients",
                        count.format(r.clients()),
                        "invoices",
                        count.format(r.invoices()),
                        "invoiced",
                        BillingFormat.money(r.invoiced(), r.currency(), locale),
                        "paid",
                        BillingFormat.money(r.paid(), r.currency(), locale),
                        "outstanding",
                        BillingFormat.money(r.outstanding(), r.currency(), locale),
                        "days",
                        r.averageDaysToPay() == null ? "–" : oneDecimal.format(r.averageDaysToPay()),
                        "share",
                        oneDecimal.format(r.share()) + " %",
                        "bar",
                        Bars.image(r.share().doubleValue() / 100)))
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("companyName", blankToNull(settings.get().getCompanyName()));
        parameters.put("from", BillingFormat.date(from, locale));
        parameters.put("to", BillingFormat.date(to, locale));
        return renderer.render(GROUP_TEMPLATE, parameters, rows, locale);
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
