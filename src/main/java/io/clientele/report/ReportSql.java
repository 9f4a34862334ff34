package io.clientele.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What the reports count as revenue, said once: issued invoices (no drafts) of live clients in a period, net of what
 * credit notes took back ({@code total - credited_total}); their balances already are.
 */
final class ReportSql {

    /** Needs {@code billing_documents d} joined to {@code clients c} and the parameters of {@link #period}. */
    static final String INVOICES_IN_PERIOD = """
            d.doc_type = 'INVOICE' and d.status <> 'DRAFT' and c.trashed_at is null
            and d.issue_date >= :from and d.issue_date <= :to""";

    /**
     * The same invoices as {@link #INVOICES_IN_PERIOD} from {@code billing_documents d} alone: trashed clients (a
     * handful) are left out by their ids instead of joining every invoice to its client's row, which cost a primary
     * key look-up per invoice (millions at full size) in reports that need nothing else from the client.
     */
    static final String LIVE_INVOICES_IN_PERIOD = """
            d.doc_type = 'INVOICE' and d.status <> 'DRAFT'
            and d.issue_date >= :from and d.issue_date <= :to
            and d.client_id not in (select t.id from clients t where t.trashed_at is not null)""";

    private ReportSql() {}

    static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("report period ends before it starts");
        }
        return new MapSqlParameterSource("from", from).addValue("to", to);
    }

    /** An amount from SQL with the currency's decimals (zero when SQL summed nothing). */
    static BigDecimal money(@org.jspecify.annotations.Nullable BigDecimal amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return (amount == null ? BigDecimal.ZERO : amount).setScale(digits, RoundingMode.HALF_EVEN);
    }
}
