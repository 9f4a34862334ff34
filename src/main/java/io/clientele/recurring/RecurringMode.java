package io.clientele.recurring;

/** What the job does with each invoice it creates. */
public enum RecurringMode {
    /** Leaves a draft for someone to check and issue. */
    DRAFT,
    /** Issues it (takes the next number). */
    ISSUE,
    /** Issues it and e-mails it to the client's default recipients. */
    ISSUE_AND_EMAIL
}
