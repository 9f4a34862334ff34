package io.clientele.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One client in one currency: its invoices issued in the period, what they came to, what is paid and still owed. */
public record CustomerReportRow(
        long clientId,
        String client,
        String currency,
        long invoices,
        BigDecimal invoiced,
        BigDecimal paid,
        BigDecimal outstanding,
        LocalDate lastInvoice) {}
