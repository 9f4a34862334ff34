package io.clientele.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a timesheet.
 *
 * @param userName the display name of who worked the hours
 * @param editable whether the caller may change or delete the entry (administrators, or the user who logged it)
 */
public record TimeEntryRow(
        long id,
        long projectId,
        String projectName,
        long clientId,
        String clientName,
        long userId,
        String userName,
        LocalDate workDate,
        BigDecimal hours,
        boolean billable,
        @Nullable String description,
        boolean editable) {

    /** The shape the SQL projection fills; the user's name and the permission are added per page. */
    public TimeEntryRow(
            long id,
            long projectId,
            String projectName,
            long clientId,
            String clientName,
            long userId,
            LocalDate workDate,
            BigDecimal hours,
            boolean billable,
            @Nullable String description) {
        this(
                id,
                projectId,
                projectName,
                clientId,
                clientName,
                userId,
                "",
                workDate,
                hours,
                billable,
                description,
                false);
    }

    TimeEntryRow with(String newUserName, boolean newEditable) {
        return new TimeEntryRow(
                id,
                projectId,
                projectName,
                clientId,
                clientName,
                userId,
                newUserName,
                workDate,
                hours,
                billable,
                description,
                newEditable);
    }
}
