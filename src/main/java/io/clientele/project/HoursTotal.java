package io.clientele.project;

import java.math.BigDecimal;

/** The hours of a timesheet added up, and how many of them are billable. */
public record HoursTotal(BigDecimal hours, BigDecimal billableHours) {}
