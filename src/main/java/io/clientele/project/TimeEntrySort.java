package io.clientele.project;

import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;

/**
 * The columns a timesheet may be sorted by. Not by user: names live with the accounts, outside this feature's
 * queries.
 */
public final class TimeEntrySort {

    public static final String DATE = "date";
    public static final String PROJECT = "project";
    public static final String HOURS = "hours";
    public static final String BILLABLE = "billable";

    static final Map<String, String> EXPRESSIONS =
            Map.of(DATE, "t.workDate", PROJECT, "p.name", HOURS, "t.hours", BILLABLE, "t.billable");

    public static final Set<String> KEYS = EXPRESSIONS.keySet();

    /** Latest work first: what someone checking a timesheet looks for. */
    public static final Sort DEFAULT = Sort.by(Sort.Order.desc(DATE));

    private TimeEntrySort() {}
}
