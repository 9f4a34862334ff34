package io.clientele.report;

import io.clientele.base.reporting.Csv;
import io.clientele.base.reporting.PdfRenderer;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports for managers and administrators (who see every client, so nothing is scoped). */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ReportService {

    // Aggregated in SQL, grouped by currency as well: amounts in different currencies are never added up.
    private static final String GROUP_REPORT = """
            select g.name as group_name, d.currency as currency, count(distinct d.client_id) as clients,
                   count(distinct d.id) as invoices, sum(d.total) as invoiced, sum(d.paid_total) as paid,
                   sum(d.balance) as outstanding
            from billing_documents d
            join clients c on c.id = d.client_id
            left join client_group_members m on m.client_id = c.id
            left join client_groups g on g.id = m.group_id
            where d.doc_type = 'INVOICE' and d.status <> 'DRAFT' and c.trashed_at is null
              and d.issue_date >= :from and d.issue_date <= :to
            group by g.name, d.currency
            order by case when g.name is null then 1 else 0 end, g.name, d.currency""";

    static final String GROUP_TEMPLATE = "groups";

    private final NamedParameterJdbcTemplate jdbc;
    private final PdfRenderer renderer;
    private final SettingsService settings;

    ReportService(NamedParameterJdbcTemplate jdbc, PdfRenderer renderer, SettingsService settings) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.settings = settings;
    }

    /**
     * Invoices issued from {@code from} to {@code to} (drafts and trashed clients left out) per client group and
     * currency, groups by name, then "No group".
     */
    public List<GroupReportRow> groupReport(LocalDate from, LocalDate to) {
        var params = new MapSqlParameterSource("from", from).addValue("to", to);
        return jdbc.query(GROUP_REPORT, params, (rs, i) -> {
            String currency = rs.getString("currency");
            return new GroupReportRow(rs.getString("group_name"), currency, rs.getLong("clients"),
                    rs.getLong("invoices"), scaled(rs.getBigDecimal("invoiced"), currency),
                    scaled(rs.getBigDecimal("paid"), currency), scaled(rs.getBigDecimal("outstanding"), currency));
        });
    }

    /**
     * The group report as CSV, amounts as plain numbers; {@code header} are the column titles in the caller's
     * language and {@code noGroup} the name of the bucket without a group.
     */
    public String groupReportCsv(LocalDate from, LocalDate to, List<String> header, String noGroup) {
        Function<GroupReportRow, List<String>> cells = r -> List.of(r.group() == null ? noGroup : r.group(),
                r.currency(), Long.toString(r.clients()), Long.toString(r.invoices()), r.invoiced().toPlainString(),
                r.paid().toPlainString(), r.outstanding().toPlainString());
        return Csv.write(header, groupReport(from, to).stream().map(cells).toList());
    }

    /** The group report as PDF, labels, numbers and amounts in {@code locale}. */
    public byte[] groupReportPdf(LocalDate from, LocalDate to, Locale locale) {
        String noGroup = PdfRenderer.labels(GROUP_TEMPLATE, locale).getString("noGroup");
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        List<GroupPdfRow> rows = groupReport(from, to).stream()
                .map(r -> new GroupPdfRow(r.group() == null ? noGroup : r.group(), r.currency(),
                        count.format(r.clients()), count.format(r.invoices()),
                        BillingFormat.money(r.invoiced(), r.currency(), locale),
                        BillingFormat.money(r.paid(), r.currency(), locale),
                        BillingFormat.money(r.outstanding(), r.currency(), locale)))
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        String company = settings.get().getCompanyName();
        parameters.put("companyName", company == null || company.isBlank() ? null : company);
        parameters.put("from", BillingFormat.date(from, locale));
        parameters.put("to", BillingFormat.date(to, locale));
        return renderer.render(GROUP_TEMPLATE, parameters, rows, locale);
    }

    private static BigDecimal scaled(BigDecimal amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return amount.setScale(digits, RoundingMode.HALF_EVEN);
    }
}
