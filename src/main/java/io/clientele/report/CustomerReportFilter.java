package io.clientele.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The period of the customer report and, optionally, the one client group and the one client tag (issue 22) it is
 * limited to.
 */
public record CustomerReportFilter(
        LocalDate from,
        LocalDate to,
        @Nullable Long groupId,
        @Nullable Long tagId) {

    public CustomerReportFilter(LocalDate from, LocalDate to, @Nullable Long groupId) {
        this(from, to, groupId, null);
    }
}
