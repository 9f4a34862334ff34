package io.clientele.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The period of the customer report and, optionally, the one client group it is limited to. */
public record CustomerReportFilter(
        LocalDate from, LocalDate to, @Nullable Long groupId) {}
