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

    // Aggregated in SQL, grouped by currency as well: amounts in different currencies are never added up. The rows are
    // billing's kept group-months (issue 18) plus the invoices of a month the period cuts, per group now (clients
    // change groups); group 0 is "No group", group -1 every client once: the denominators of the shares.
    private static final String GROUP_REPORT = """
            select x.group_id as group_id, g.name as group_name, x.currency as currency, sum(x.clients) as clients,
                   sum(x.invoices) as invoices, sum(x.invoiced) as invoiced, sum(x.paid) as paid,
                   sum(x.outstanding) as outstanding, sum(x.days_sum) as days_sum, sum(x.paid_count) as days_count
            from (%s) x
            left join client_groups g on g.id = x.group_id
            where x.group_id <= 0 or g.id is not null
            group by x.group_id, g.name, x.currency
            having sum(x.invoices) > 0""";

    // The computation before issue 18 (23 s for a year at 3,000,000 invoices), aggregated the same way: every invoice
    // of the period joined to its client's groups, and once more for the every-client row.
    private static final String LIVE_GROUPS = """
            select coalesce(m.group_id, 0) as group_id, i.currency as currency, count(distinct i.client_id) as clients,
                   sum(i.invoices) as invoices, sum(i.invoiced) as invoiced, sum(i.paid) as paid,
                   sum(i.outstanding) as outstanding, sum(i.paid_count) as paid_count, sum(i.days_sum) as days_sum
            from (%1$s) i left join client_group_members m on m.client_id = i.client_id
            group by coalesce(m.group_id, 0), i.currency
            union all
            select -1 as group_id, i.currency as currency, count(distinct i.client_id) as clients,
                   sum(i.invoices) as invoices, sum(i.invoiced) as invoiced, sum(i.paid) as paid,
                   sum(i.outstanding) as outstanding, sum(i.paid_count) as paid_count, sum(i.days_sum) as days_sum
            from (%1$s) i
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
        InvoiceMonths.Rows period = months.groupRows(from, to);
        return groupReport(period.sql(), new MapSqlParameterSource(period.parameters()));
    }

    /**
     * {@link #groupReport(LocalDate, LocalDate)} computed as before issue 18, from every invoice and its payments: the
     * reference the tests compare the kept months with. Not for the application: 23 s for a year at 3,000,000
     * invoices.
     */
    public List<GroupReportRow> groupReportLive(LocalDate from, LocalDate to) {
        return groupReport(LIVE_GROUPS.formatted(LIVE_INVOICES), ReportSql.period(from, to));
    }

    private List<GroupReportRow> groupReport(String invoiceRows, MapSqlParameterSource params) {
        // One query: the shares' denominators (the every-client rows) and the groups' rows from one snapshot.
        List<GroupReportRow> rows = reporting.read(jdbc -> groupRows(jdbc, invoiceRows, params));
        // A handful of rows, already aggregated: ordered here so "No group" ranks by value on every database.
        rows.sort(Comparator.comparing(GroupReportRow::currency)
                .thenComparing(GroupReportRow::invoiced, Comparator.reverseOrder())
                .thenComparing(r -> r.group() == null ? "" : r.group()));
        return rows;
    }

    private static List<GroupReportRow> groupRows(
            NamedParameterJdbcTemplate jdbc, String groupRows, MapSqlParameterSource params) {
        Map<String, BigDecimal> totals = new HashMap<>();
        List<GroupReportRow> rows = new ArrayList<>();
        List<Map<String, Object>> read = jdbc.queryForList(GROUP_REPORT.formatted(groupRows), params);
        read.stream()
                .filter(r -> ((Number) r.get("group_id")).longValue() < 0)
                .forEach(r -> totals.put((String) r.get("currency"), (BigDecimal) r.get("invoiced")));
        for (Map<String, Object> r : read) {
            long groupId = ((Number) r.get("group_id")).longValue();
            if (groupId < 0) {
                continue;
            }
            String currency = (String) r.get("currency");
            BigDecimal invoiced = money((BigDecimal) r.get("invoiced"), currency);
            long paidInvoices = ((Number) r.get("days_count")).longValue();
            // The average of the paid invoices' days, rounded once here (no SQL division: H2 and MySQL
            // differ in scale).
            BigDecimal days = paidInvoices == 0
                    ? null
                    : decimal(r.get("days_sum")).divide(BigDecimal.valueOf(paidInvoices), 1, RoundingMode.HALF_UP);
            BigDecimal total = totals.getOrDefault(currency, BigDecimal.ZERO);
            BigDecimal share = total.signum() == 0
                    ? BigDecimal.ZERO.setScale(1)
                    : invoiced.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
            rows.add(new GroupReportRow(
                    groupId == 0 ? null : (String) r.get("group_name"),
                    currency,
                    ((Number) r.get("clients")).longValue(),
                    ((Number) r.get("invoices")).longValue(),
                    invoiced,
                    money((BigDecimal) r.get("paid"), currency),
                    money((BigDecimal) r.get("outstanding"), currency),
                    days,
                    share));
        }
        return rows;
    }

    /** A sum as a decimal: integer sums come back as BigDecimal or as a whole number, by database. */
    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).longValue());
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
