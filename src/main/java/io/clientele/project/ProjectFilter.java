package io.clientele.project;

import org.jspecify.annotations.Nullable;

/**
 * What a project list is narrowed by.
 *
 * @param search   matches the project or the client name, case-insensitively; may be blank
 * @param clientId one client's projects, or null for every client the caller may see
 */
public record ProjectFilter(
        @Nullable String search, @Nullable Long clientId) {

    public static ProjectFilter all() {
        return new ProjectFilter(null, null);
    }

    public static ProjectFilter forClient(long clientId) {
        return new ProjectFilter(null, clientId);
    }

    public ProjectFilter withSearch(@Nullable String newSearch) {
        return new ProjectFilter(newSearch, clientId);
    }

    String normalizedSearch() {
        return search == null ? "" : search.strip();
    }
}
