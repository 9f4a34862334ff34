package io.clientele.billing;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A third of a month, the period the group report keeps its figures per: the 1st to the 10th, the 11th to the 20th,
 * the 21st to the month's end. Kept rows per ten days let a period that starts or ends inside one read at most five
 * of its days invoice by invoice (per month it was up to half a month). Stored as {@link #key()}: {@code year * 1000
 * + month * 10 + third} (0, 1 or 2), ordered as the periods are; {@link #SQL} computes it from an issue date.
 */
record TenDays(YearMonth month, int third) {

    /** The key of {@code d.issue_date}'s period, the same expression on H2 and MySQL/MariaDB. */
    static final String SQL = "year(d.issue_date) * 1000 + month(d.issue_date) * 10 + case when extract(day from"
            + " d.issue_date) <= 10 then 0 when extract(day from d.issue_date) <= 20 then 1 else 2 end";

    static TenDays of(LocalDate date) {
        return new TenDays(YearMonth.from(date), Math.min((date.getDayOfMonth() - 1) / 10, 2));
    }

    int key() {
        return month.getYear() * 1000 + month.getMonthValue() * 10 + third;
    }

    LocalDate first() {
        return month.atDay(third * 10 + 1);
    }

    LocalDate last() {
        return third == 2 ? month.atEndOfMonth() : month.atDay(third * 10 + 10);
    }

    TenDays next() {
        return third == 2 ? new TenDays(month.plusMonths(1), 0) : new TenDays(month, third + 1);
    }

    TenDays previous() {
        return third == 0 ? new TenDays(month.minusMonths(1), 2) : new TenDays(month, third - 1);
    }
}
