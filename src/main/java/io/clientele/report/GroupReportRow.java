package io.clientele.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One client group in one currency: its clients with invoices in the period and what they were invoiced, paid and
 * still owe. A client in two groups counts in both; {@code group} is null for the "No group" bucket.
 */
public record GroupReportRow(@Nullable String group, String currency, long clients, long invoices,
        BigDecimal invoiced, BigDecimal paid, BigDecimal outstanding) {
}
