package io.clientele.statement;

/** Where one statement e-mail stands. */
public enum StatementStatus {
    /** Claimed by the job, not delivered yet (mail server down, nobody to send to): the next run tries again. */
    PENDING,
    SENT,
    /** Its time came, but the client was in the Trash or had its statements switched off meanwhile: never sent. */
    SKIPPED
}
