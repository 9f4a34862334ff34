package io.clientele.report;

import java.math.BigDecimal;

/** The customer report's totals in one currency (never added across currencies). */
public record CurrencyTotal(
        String currency, long clients, long invoices, BigDecimal invoiced, BigDecimal paid, BigDecimal outstanding) {}
