package io.clientele.report;

import static io.clientele.report.ReportSql.INVOICES_IN_PERIOD;
import static io.clientele.report.ReportSql.money;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.reporting.Csv;
import io.clientele.base.reporting.PdfRenderer;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.client.ClientTags;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The general customer report: per client, what it was invoiced in a period, what it paid of that and still owes,
 * and when it was last invoiced; optionally only the clients of one group. Aggregated and paged in SQL, so a book of
 * a million clients costs one page of rows, and the CSV streams page by page.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class CustomerReportService {

    /** The most clients a PDF lists; beyond that the CSV (or a group filter) is the answer. */
    public static final int MAX_PDF_ROWS = 5_000;

    static final String CUSTOMER_TEMPLATE = "customers";

    private static final int CSV_PAGE = 2_000;

    private static final String FROM_WHERE = """
            from billing_documents d join clients c on c.id = d.client_id
            where %s""".formatted(INVOICES_IN_PERIOD);
    /**
     * Issue 22: every company in a group of companies with its top-most parent ({@code root_id}). Anchored on the
     * parents that have subsidiaries, found through the parent index, so a book without groups costs nothing here.
     */
    private static final String TREE = """
            with recursive tree (id, root_id) as (
              select distinct p.id, p.id from clients k join clients p on p.id = k.parent_id where p.parent_id is null
              union all
              select s.id, t.root_id from clients s join tree t on s.parent_id = t.id)
            """;
    /** Issue 22: {@link #FROM_WHERE} with each subsidiary's invoices under its top-most parent company. */
    private static final String FROM_WHERE_ROLLED_UP = """
            from billing_documents d left join tree t on t.id = d.client_id
            join clients c on c.id = coalesce(t.root_id, d.client_id)
            where %s""".formatted(INVOICES_IN_PERIOD);

    private static final String IN_GROUP =
            " and c.id in (select m.client_id from client_group_members m where m.group_id = :group)";
    private static final String ROWS = """
            select c.id as client_id, c.name as client_name, d.currency as currency, count(*) as invoices,
                   sum(d.total - d.credited_total) as invoiced, sum(d.paid_total) as paid, sum(d.balance) as outstanding,
                   max(d.issue_date) as last_invoice
            """;
    private static final String GROUP_BY = " group by c.id, c.name, d.currency";

    /** The sortable columns (the grid's sort properties) and their SQL; nothing else reaches an ORDER BY. */
    private static final Map<String, String> SORTS = Map.of(
            "client",
            "c.name",
            "currency",
            "d.currency",
            "invoices",
            "invoices",
            "invoiced",
            "invoiced",
            "paid",
            "paid",
            "outstanding",
            "outstanding",
            "lastInvoice",
            "last_invoice");

    private final NamedParameterJdbcTemplate jdbc;
    private final PdfRenderer renderer;
    private final SettingsService settings;

    CustomerReportService(NamedParameterJdbcTemplate jdbc, PdfRenderer renderer, SettingsService settings) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.settings = settings;
    }

    /**
     * One page of clients with invoices in the period, sorted by the page's sort (client name when it has none),
     * at most {@link PageCap#MAX_PAGE_SIZE} rows.
     *
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public List<CustomerReportRow> customers(CustomerReportFilter filter, Pageable page) {
        int size = PageCap.size(page);
        MapSqlParameterSource params = params(filter).addValue("limit", size).addValue("offset", page.getOffset());
        return jdbc.query(
                with(filter) + ROWS + from(filter) + group(filter) + GROUP_BY + orderBy(page.getSort())
                        + " limit :limit offset :offset",
                params,
                CustomerReportService::row);
    }

    /** How many rows {@link #customers} has in all. */
    public long countCustomers(CustomerReportFilter filter) {
        Long count = jdbc.queryForObject(
                with(filter) + "select count(*) from (select c.id, d.currency " + from(filter) + group(filter)
                        + GROUP_BY + ") x",
                params(filter),
                Long.class);
        return count == null ? 0 : count;
    }

    /** The report's totals, one per currency, in alphabetical order of the currency. */
    public List<CurrencyTotal> totals(CustomerReportFilter filter) {
        return jdbc.query(
                with(filter) + """
                select d.currency as currency, count(distinct c.id) as clients, count(*) as invoices,
                       sum(d.total - d.credited_total) as invoiced, sum(d.paid_total) as paid, sum(d.balance) as outstanding
                """ + from(filter) + group(filter) + " group by d.currency order by d.currency",
                params(filter),
                (rs, i) -> {
                    String currency = rs.getString("currency");
                    return new CurrencyTotal(
                            currency,
                            rs.getLong("clients"),
                            rs.getLong("invoices"),
                            money(rs.getBigDecimal("invoiced"), currency),
                            money(rs.getBigDecimal("paid"), currency),
                            money(rs.getBigDecimal("outstanding"), currency));
                });
    }

    /**
     * Writes the whole report as CSV (UTF-8 with a byte order mark, so spreadsheets read accents and Cyrillic),
     * amounts as plain numbers and dates as ISO, page by page; {@code header} are the eight column titles.
     */
    public void writeCsv(CustomerReportFilter filter, Sort sort, List<String> header, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            writer.write(Csv.line(header));
            for (int page = 0; ; page++) {
                List<CustomerReportRow> rows = customers(filter, PageRequest.of(page, CSV_PAGE, sort));
                for (CustomerReportRow r : rows) {
                    writer.write(Csv.line(List.of(
                            r.client(),
                            r.currency(),
                            Long.toString(r.invoices()),
                            r.invoiced().toPlainString(),
                            r.paid().toPlainString(),
                            r.outstanding().toPlainString(),
                            r.lastInvoice().toString(),
                            Long.toString(r.clientId()))));
                }
                if (rows.size() < CSV_PAGE) {
                    break;
                }
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The report as PDF in {@code locale}, rows in {@code sort} order, then the totals per currency.
     *
     * @throws RuleViolationException {@code report.customers.too-many} if it would list more than
     *     {@link #MAX_PDF_ROWS} clients
     */
    public byte[] pdf(CustomerReportFilter filter, Sort sort, Locale locale) {
        long count = countCustomers(filter);
        if (count > MAX_PDF_ROWS) {
            throw new RuleViolationException("report.customers.too-many", count, MAX_PDF_ROWS);
        }
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        List<Map<String, ?>> rows = customers(filter, PageRequest.of(0, MAX_PDF_ROWS, sort)).stream()
                .<Map<String, ?>>map(r -> Map.of(
                        "client",
                        r.client(),
                        "currency",
                        r.currency(),
                        "invoices",
                        integer.format(r.invoices()),
                        "invoiced",
                        BillingFormat.money(r.invoiced(), r.currency(), locale),
                        "paid",
                        BillingFormat.money(r.paid(), r.currency(), locale),
                        "outstanding",
                        BillingFormat.money(r.outstanding(), r.currency(), locale),
                        "lastInvoice",
                        BillingFormat.date(r.lastInvoice(), locale)))
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("companyName", ReportService.blankToNull(settings.get().getCompanyName()));
        parameters.put("from", BillingFormat.date(filter.from(), locale));
        parameters.put("to", BillingFormat.date(filter.to(), locale));
        parameters.put("groupName", filter.groupId() == null ? null : groupName(filter.groupId()));
        parameters.put(
                "totals",
                totals(filter).stream()
                        .map(t -> t.currency() + " — " + BillingFormat.money(t.invoiced(), t.currency(), locale) + " · "
                                + BillingFormat.money(t.paid(), t.currency(), locale) + " · "
                                + BillingFormat.money(t.outstanding(), t.currency(), locale))
                        .collect(Collectors.joining("\n")));
        return renderer.render(CUSTOMER_TEMPLATE, parameters, rows, locale);
    }

    private String groupName(long groupId) {
        return jdbc.queryForObject(
                "select name from client_groups where id = :id",
                new MapSqlParameterSource("id", groupId),
                String.class);
    }

    private static MapSqlParameterSource params(CustomerReportFilter filter) {
        MapSqlParameterSource params = ReportSql.period(filter.from(), filter.to());
        if (filter.tagId() != null) {
            params.addValue("tag", filter.tagId());
        }
        return filter.groupId() == null ? params : params.addValue("group", filter.groupId());
    }

    private static String with(CustomerReportFilter filter) {
        return filter.includeSubsidiaries() ? TREE : "";
    }

    private static String from(CustomerReportFilter filter) {
        return filter.includeSubsidiaries() ? FROM_WHERE_ROLLED_UP : FROM_WHERE;
    }

    /** The group's and the tag's conditions (issue 22: the tag's is the client feature's SQL). */
    private static String group(CustomerReportFilter filter) {
        String tag = filter.tagId() == null ? "" : " and " + ClientTags.sqlTagged("c.id", "tag");
        return (filter.groupId() == null ? "" : IN_GROUP) + tag;
    }

    private static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : sort) {
            String column = SORTS.get(o.getProperty());
            if (column != null) {
                order.append(order.isEmpty() ? " order by " : ", ")
                        .append(column)
                        .append(o.isAscending() ? " asc" : " desc");
            }
        }
        // Ties (and an unsorted page) fall back to name, then id, so paging never repeats or skips a row.
        return (order.isEmpty() ? " order by " : order + ", ") + "c.name asc, c.id asc, d.currency asc";
    }

    private static CustomerReportRow row(ResultSet rs, int i) throws SQLException {
        String currency = rs.getString("currency");
        return new CustomerReportRow(
                rs.getLong("client_id"),
                rs.getString("client_name"),
                currency,
                rs.getLong("invoices"),
                money(rs.getBigDecimal("invoiced"), currency),
                money(rs.getBigDecimal("paid"), currency),
                money(rs.getBigDecimal("outstanding"), currency),
                rs.getObject("last_invoice", LocalDate.class));
    }
}
