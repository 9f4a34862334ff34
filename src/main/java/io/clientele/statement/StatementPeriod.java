package io.clientele.statement;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A calendar month or quarter a statement covers, first to last day. */
public record StatementPeriod(LocalDate from, LocalDate to) {

    /**
     * The latest period of this frequency that has ended before {@code today}: the previous month, or the previous
     * calendar quarter. {@link StatementFrequency#NONE} counts as monthly (for "Send statement now").
     */
    public static StatementPeriod latestEnded(StatementFrequency frequency, LocalDate today) {
        LocalDate start = startOf(frequency, today);
        return new StatementPeriod(
                frequency == StatementFrequency.QUARTERLY ? start.minusMonths(3) : start.minusMonths(1),
                start.minusDays(1));
    }

    /** The first day of the period {@code day} falls in. */
    static LocalDate startOf(StatementFrequency frequency, LocalDate day) {
        if (frequency == StatementFrequency.QUARTERLY) {
            int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
            return LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        }
        return day.withDayOfMonth(1);
    }

    /** The period after this one, of the same length in months. */
    StatementPeriod next(StatementFrequency frequency) {
        LocalDate start = to.plusDays(1);
        int months = frequency == StatementFrequency.QUARTERLY ? 3 : 1;
        return new StatementPeriod(start, start.plusMonths(months).minusDays(1));
    }
}
