package io.clientele.project;

import org.jspecify.annotations.Nullable;

/**
 * Whose time entries a timesheet shows: one project's, one client's, or (both null) all the caller may see.
 */
public record TimeEntryFilter(
        @Nullable Long projectId, @Nullable Long clientId) {

    public static TimeEntryFilter forProject(long projectId) {
        return new TimeEntryFilter(projectId, null);
    }

    public static TimeEntryFilter forClient(long clientId) {
        return new TimeEntryFilter(null, clientId);
    }
}
