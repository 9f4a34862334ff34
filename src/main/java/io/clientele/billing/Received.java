package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Payments of one day and currency, as {@link OpenBalanceLedger} adds them to an audience's received totals. */
record Received(LocalDate day, String currency, BigDecimal amount, long payments) {

    static Received of(Payment payment) {
        return new Received(payment.getDate(), payment.getCurrency(), payment.getAmount(), 1);
    }

    Received plus(Received other) {
        return new Received(day, currency, amount.add(other.amount), payments + other.payments);
    }

    Received times(int sign) {
        return new Received(day, currency, amount.multiply(BigDecimal.valueOf(sign)), payments * sign);
    }
}
