package io.clientele.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of a timesheet.
 *
 * @param userName the display name of who worked the hours
 * @param invoiceId the invoice the entry was billed on, null while unbilled
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
        @Nullable Long invoiceId,
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
            @Nullable String description,
            @Nullable Long invoiceId) {
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
                invoiceId,
                false);
    }

    /** Billed: on an invoice (see {@link TimeEntry#isBilled()}). */
    public boolean billed() {
        return invoiceId != null;
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
                invoiceId,
                newEditable);
    }
}
