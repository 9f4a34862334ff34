package io.clientele.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The "From" and "To" of a report, this year so far by default. An empty field leaves that end open; an end before
 * the start is marked on the "To" field and the report is not run.
 */
final class ReportPeriod {

    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();

    ReportPeriod(Component host, Clock clock, Runnable changed) {
        LocalDate today = LocalDate.now(clock);
        from.setId("report-from");
        from.setLabel(host.getTranslation("report.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("report-to");
        to.setLabel(host.getTranslation("report.to"));
        to.setValue(today);
        to.setErrorMessage(host.getTranslation("report.period.invalid"));
        from.addValueChangeListener(e -> check(changed));
        to.addValueChangeListener(e -> check(changed));
    }

    private void check(Runnable changed) {
        to.setInvalid(!valid());
        changed.run();
    }

    boolean valid() {
        return !end().isBefore(start());
    }

    LocalDate start() {
        return from.getValue() == null ? EARLIEST : from.getValue();
    }

    LocalDate end() {
        return to.getValue() == null ? LATEST : to.getValue();
    }
}
