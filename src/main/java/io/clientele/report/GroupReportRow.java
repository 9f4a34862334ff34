package io.clientele.report;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One client group in one currency: its clients with invoices in the period, what they were invoiced, paid and still
 * owe, how many days a fully paid invoice took on average from issue to its last payment (null when none was paid),
 * and the group's share of everything invoiced in that currency in the period, in percent. A client in two groups
 * counts in both, so the shares of one currency may add up to more than 100; {@code group} is null for the
 * "No group" bucket.
 */
public record GroupReportRow(
        @Nullable String group,
        String currency,
        long clients,
        long invoices,
        BigDecimal invoiced,
        BigDecimal paid,
        BigDecimal outstanding,
        @Nullable BigDecimal averageDaysToPay,
        BigDecimal share) {}
