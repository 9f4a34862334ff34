package io.clientele.report;

import static io.clientele.report.ReportSql.INVOICES_IN_PERIOD;
import static io.clientele.report.ReportSql.money;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.reporting.Csv;
import io.clientele.base.reporting.PdfRenderer;
import io.clientele.base.reporting.ReportingDatabase;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.client.ClientTags;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;

/**
 * The general customer report: per client, what it was invoiced in a period, what it paid of that and still owes,
 * and when it was last invoiced; optionally only the clients of one group. Aggregated and paged in SQL, so a book of
 * a million clients costs one page of rows, and the CSV streams page by page. Read from the reporting database (a
 * replica when one is configured), each query in a read-only transaction; the chosen custom fields' values come from
 * the client feature, on the primary.
 */
@Service
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

    private final ReportingDatabase reporting;
    private final PdfRenderer renderer;
    private final SettingsService settings;
    private final CustomFields customFields;

    CustomerReportService(
            ReportingDatabase reporting, PdfRenderer renderer, SettingsService settings, CustomFields customFields) {
        this.customFields = customFields;
        this.reporting = reporting;
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
        return reporting.read(jdbc -> jdbc.query(
                with(filter) + ROWS + from(filter) + group(filter) + GROUP_BY + orderBy(page.getSort())
                        + " limit :limit offset :offset",
                params,
                CustomerReportService::row));
    }

    /** How many rows {@link #customers} has in all. */
    public long countCustomers(CustomerReportFilter filter) {
        return reporting.read(jdbc -> {
            Long count = jdbc.queryForObject(
                    with(filter) + "select count(*) from (select c.id, d.currency " + from(filter) + group(filter)
                            + GROUP_BY + ") x",
                    params(filter),
                    Long.class);
            return count == null ? 0L : count;
        });
    }

    /** The report's totals, one per currency, in alphabetical order of the currency. */
    public List<CurrencyTotal> totals(CustomerReportFilter filter) {
        return reporting.read(jdbc -> jdbc.query(
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
                }));
    }

    /** Issue 22: the client custom fields the report can add as extra columns, in the client form's order. */
    public List<CustomField> extraColumns() {
        return customFields.fields(CustomFieldOwner.CLIENT);
    }

    /** Issue 22: an extra column's title: the field's label in this locale's language, else the default one. */
    public String columnLabel(CustomField field, Locale locale) {
        return customFields.label(field, locale);
    }

    /**
     * Issue 22: the custom values of the clients on one page of the report (by client id, then field id), read in one
     * batch for the whole page — never per row, never beyond the page.
     */
    public Map<Long, Map<Long, Object>> extraValues(Collection<CustomerReportRow> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return customFields.valuesOf(
                page.stream().map(CustomerReportRow::clientId).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Issue 22: the chosen extra columns (by field id) among the fields that still exist, in the form's order. */
    private List<CustomField> chosen(Collection<Long> fieldIds) {
        return extraColumns().stream().filter(f -> fieldIds.contains(f.getId())).toList();
    }

    /** Issue 22: a value as people read it in the locale; yes/no in the given words; blank without a value. */
    private static String display(
            @org.jspecify.annotations.Nullable Object value, Locale locale, String yes, String no) {
        return value == null ? "" : CustomFieldType.display(value, locale, yes, no);
    }

    /** {@link #writeCsv(CustomerReportFilter, Sort, List, List, Locale, Function, OutputStream)} without extra columns. */
    public void writeCsv(CustomerReportFilter filter, Sort sort, List<String> header, OutputStream out) {
        writeCsv(filter, sort, header, List.of(), Locale.ROOT, key -> key, out);
    }

    /**
     * Writes the whole report as CSV (UTF-8 with a byte order mark, so spreadsheets read accents and Cyrillic),
     * amounts as plain numbers and dates as ISO, page by page; {@code header} are the eight column titles.
     */
    public void writeCsv(
            CustomerReportFilter filter,
            Sort sort,
            List<String> header,
            Collection<Long> extraFieldIds,
            Locale locale,
            Function<String, String> translate,
            OutputStream out) {
        List<CustomField> extra = chosen(extraFieldIds);
        String yes = translate.apply("customfield.yes");
        String no = translate.apply("customfield.no");
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            List<String> titles = new ArrayList<>(header);
            extra.forEach(f -> titles.add(columnLabel(f, locale)));
            writer.write(Csv.line(titles));
            for (int page = 0; ; page++) {
                List<CustomerReportRow> rows = customers(filter, PageRequest.of(page, CSV_PAGE, sort));
                // Issue 22: the page's custom values in one batch, only when columns were chosen.
                Map<Long, Map<Long, Object>> values = extra.isEmpty() ? Map.of() : extraValues(rows);
                for (CustomerReportRow r : rows) {
                    List<String> cells = new ArrayList<>(List.of(
                            r.client(),
                            r.currency(),
                            Long.toString(r.invoices()),
                            r.invoiced().toPlainString(),
                            r.paid().toPlainString(),
                            r.outstanding().toPlainString(),
                            r.lastInvoice().toString(),
                            Long.toString(r.clientId())));
                    Map<Long, Object> ofClient = values.getOrDefault(r.clientId(), Map.of());
                    extra.forEach(f -> cells.add(display(ofClient.get(f.getId()), locale, yes, no)));
                    writer.write(Csv.line(cells));
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
        return pdf(filter, sort, List.of(), locale);
    }

    /**
     * {@link #pdf(CustomerReportFilter, Sort, Locale)} with the chosen custom fields (issue 22) under each client as
     * one "Label: value · Label: value" line, values in the locale's form.
     */
    public byte[] pdf(CustomerReportFilter filter, Sort sort, Collection<Long> extraFieldIds, Locale locale) {
        long count = countCustomers(filter);
        if (count > MAX_PDF_ROWS) {
            throw new RuleViolationException("report.customers.too-many", count, MAX_PDF_ROWS);
        }
        NumberFormat integer = NumberFormat.getIntegerInstance(locale);
        List<CustomField> extra = chosen(extraFieldIds);
        ResourceBundle labels = PdfRenderer.labels(CUSTOMER_TEMPLATE, locale);
        List<CustomerReportRow> page = customers(filter, PageRequest.of(0, MAX_PDF_ROWS, sort));
        Map<Long, Map<Long, Object>> values = extra.isEmpty() ? Map.of() : extraValues(page);
        List<Map<String, ?>> rows = page.stream()
                .<Map<String, ?>>map(r -> Map.of(
                        "extra",
                        extraLine(extra, values.getOrDefault(r.clientId(), Map.of()), locale, labels),
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

    /** Issue 22: the chosen fields with a value, "Label: value" joined by " · "; blank when none has one. */
    private String extraLine(List<CustomField> extra, Map<Long, Object> values, Locale locale, ResourceBundle labels) {
        return extra.stream()
                .filter(f -> values.get(f.getId()) != null)
                .map(f -> columnLabel(f, locale) + ": "
                        + display(
                                Objects.requireNonNull(values.get(f.getId())),
                                locale,
                                labels.getString("yes"),
                                labels.getString("no")))
                .collect(Collectors.joining(" · "));
    }

    private String groupName(long groupId) {
        return reporting.read(jdbc -> jdbc.queryForObject(
                "select name from client_groups where id = :id",
                new MapSqlParameterSource("id", groupId),
                String.class));
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
