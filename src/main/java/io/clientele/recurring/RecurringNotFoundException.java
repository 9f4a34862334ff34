package io.clientele.recurring;

/** A profile that does not exist, or whose client the caller may not see. */
public class RecurringNotFoundException extends RuntimeException {

    public RecurringNotFoundException(long id) {
        super("Recurring profile " + id + " not found");
    }
}
