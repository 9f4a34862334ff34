package io.clientele.project;

/** Thrown for a time entry id that does not exist or lies on a project the caller may not see. */
public class TimeEntryNotFoundException extends RuntimeException {

    public TimeEntryNotFoundException(long id) {
        super("No time entry with id " + id);
    }
}
