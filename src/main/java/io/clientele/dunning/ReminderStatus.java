package io.clientele.dunning;

/** Where one reminder of an invoice stands. */
public enum ReminderStatus {
    /** Claimed by the job, not delivered yet (the mail server refused it): the next run tries again. */
    PENDING,
    SENT,
    /** Its time came, but the invoice was paid, disputed or the client opted out meanwhile: never sent. */
    SKIPPED
}
