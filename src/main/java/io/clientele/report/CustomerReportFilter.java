package io.clientele.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The period of the customer report and, optionally, the one client group and the one client tag it is limited to
 * (issue 22); with {@code includeSubsidiaries} (issue 22) every subsidiary's invoices count under its top-most parent
 * company.
 */
public record CustomerReportFilter(
        LocalDate from,
        LocalDate to,
        @Nullable Long groupId,
        @Nullable Long tagId,
        boolean includeSubsidiaries) {

    public CustomerReportFilter(LocalDate from, LocalDate to, @Nullable Long groupId) {
        this(from, to, groupId, null, false);
    }
}
