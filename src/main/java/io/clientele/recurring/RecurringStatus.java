package io.clientele.recurring;

/** Whether the job creates invoices for a profile. A stopped profile stays stopped; a paused one may resume. */
public enum RecurringStatus {
    ACTIVE,
    PAUSED,
    STOPPED
}
