package io.clientele.base.jobs;

import io.clientele.base.domain.RuleViolationException;
import org.slf4j.Logger;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * One item of a sending job (a payment reminder, a statement) that several nodes may run at once: claimed under its
 * unique key in a transaction of its own, then sent under that row's lock in another, so that it goes out once. A
 * refusal (a rule, the mail server) or any other failure is noted on the claimed row and the item is tried again by
 * the next run; it never stops the run.
 *
 * @param <T> the due item
 */
public interface ClaimedSend<T> {

    /** Inserts the item's pending row; a second node's insert of the same key fails on the unique key. */
    void claim(T due);

    /** Sends the claimed item if it is still pending; whether it was sent (false: done elsewhere, or skipped). */
    boolean sendClaimed(T due);

    /** Notes on the pending row why it was not sent, for the log and the next run. */
    void recordFailure(String key, String messageKey);

    /**
     * Claims and sends one item as the job does; 1 if it went out, else 0.
     *
     * @param key the item's unique key
     * @param what the item for the log ("Invoice 12: reminder step 2")
     * @param unexpectedKey the message key noted for a failure that is no rule (a bug, the database)
     */
    static <T> int send(ClaimedSend<T> steps, T due, String key, String what, String unexpectedKey, Logger log) {
        try {
            steps.claim(due);
        } catch (DataIntegrityViolationException e) {
            // Another node claimed it at the same moment; sendClaimed waits for its lock and finds it sent.
        }
        try {
            return steps.sendClaimed(due) ? 1 : 0;
        } catch (RuleViolationException e) {
            log.warn("{} not sent ({}); retrying on the next run", what, e.getMessageKey());
            steps.recordFailure(key, e.getMessageKey());
        } catch (RuntimeException e) {
            log.warn("{} not sent, retrying on the next run: {}", what, e.toString());
            steps.recordFailure(key, unexpectedKey);
        }
        return 0;
    }
}
