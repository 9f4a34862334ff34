package io.clientele.project;

/** How invoiced time becomes invoice lines. */
public enum TimeGrouping {
    /** One line per time entry: date, who, what. */
    ENTRY,
    /** One line per person who worked. */
    USER,
    /** One line per day worked. */
    DAY,
    /** One line for all the time of the period. */
    PROJECT
}
