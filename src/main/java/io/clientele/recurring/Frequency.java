package io.clientele.recurring;

import java.time.LocalDate;

/** How often a recurring profile bills; combined with "every N" (every 2 months, every 3 weeks). */
public enum Frequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    YEARLY;

    /**
     * The start of period {@code index} (0 = the first). Always counted from the start date, never from the previous
     * period, so a profile starting on the 31st bills on the last day of shorter months and on the 31st again after.
     */
    public LocalDate occurrence(LocalDate start, int every, long index) {
        long steps = index * every;
        return switch (this) {
            case WEEKLY -> start.plusWeeks(steps);
            case MONTHLY -> start.plusMonths(steps);
            case QUARTERLY -> start.plusMonths(3 * steps);
            case YEARLY -> start.plusYears(steps);
        };
    }
}
