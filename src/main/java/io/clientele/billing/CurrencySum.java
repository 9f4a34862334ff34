package io.clientele.billing;

import java.math.BigDecimal;

/** An amount in one currency and how many records make it up; amounts in different currencies are never added. */
public record CurrencySum(String currency, BigDecimal amount, long count) {}
