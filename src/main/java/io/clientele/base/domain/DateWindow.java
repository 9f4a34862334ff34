package io.clientele.base.domain;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dates a user may enter for business events (an invoice's issue and due date, a payment's date): from
 * {@code clientele.dates.earliest} (1970-01-01) to {@code clientele.dates.years-ahead} (5) years after today. A year
 * 1000, 2999 or 9999 is a typo that would otherwise start a number series of its own, and before 1583 the database
 * and Java disagree on the calendar (1000-01-01 came back as 1000-01-06).
 */
@Component
public class DateWindow {

    private final Clock clock;
    private final LocalDate earliest;
    private final int yearsAhead;

    DateWindow(
            Clock clock,
            @Value("${clientele.dates.earliest:1970-01-01}") String earliest,
            @Value("${clientele.dates.years-ahead:5}") int yearsAhead) {
        this.clock = clock;
        this.earliest = LocalDate.parse(earliest);
        this.yearsAhead = yearsAhead;
    }

    public LocalDate earliest() {
        return earliest;
    }

    public LocalDate latest() {
        return LocalDate.now(clock).plusYears(yearsAhead);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(earliest) && !date.isAfter(latest());
    }

    /**
     * @throws RuleViolationException {@code messageKey} with the first and the last date allowed (ISO) as arguments,
     *     when the date lies outside the window
     */
    public void require(LocalDate date, String messageKey) {
        if (!contains(date)) {
            throw new RuleViolationException(messageKey, earliest.toString(), latest().toString());
        }
    }
}
