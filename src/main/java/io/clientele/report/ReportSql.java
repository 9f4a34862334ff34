package io.clientele.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * What the reports count as revenue, said once: issued invoices (no drafts) in a period, net of what credit notes
 * took back ({@code total - credited_total}); their balances already are. Clients in the Trash count too: trashing a
 * client does not undo what it was invoiced or owes.
 */
final class ReportSql {

    /** Needs {@code billing_documents d} joined to {@code clients c} and the parameters of {@link #period}. */
    static final String INVOICES_IN_PERIOD = """
            d.doc_type = 'INVOICE' and d.status <> 'DRAFT'
            and d.issue_date >= :from and d.issue_date <= :to""";

    private ReportSql() {}

    static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("report period ends before it starts");
        }
        return new MapSqlParameterSource("from", from).addValue("to", to);
    }

    /** An amount from SQL with the currency's decimals (zero when SQL summed nothing). */
    static BigDecimal money(@Nullable BigDecimal amount, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return (amount == null ? BigDecimal.ZERO : amount).setScale(digits, RoundingMode.HALF_EVEN);
    }
}
