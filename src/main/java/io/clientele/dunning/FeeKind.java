package io.clientele.dunning;

/** Whether and how a late fee is charged with the first reminder after the due date. */
public enum FeeKind {
    NONE,
    /** A fixed amount in the invoice's currency. */
    FIXED,
    /** A percentage of the amount still open. */
    PERCENT
}
