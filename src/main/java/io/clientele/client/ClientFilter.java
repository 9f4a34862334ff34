package io.clientele.client;

import org.jspecify.annotations.Nullable;

/**
 * What the client list is narrowed by. {@code search} matches name, email and phone numbers, case-insensitively.
 *
 * @param search  free text as typed, may be blank
 * @param trashed true for the Trash view, false for the live list
 */
public record ClientFilter(@Nullable String search, boolean trashed) {

    public static ClientFilter live(@Nullable String search) {
        return new ClientFilter(search, false);
    }

    public static ClientFilter trash(@Nullable String search) {
        return new ClientFilter(search, true);
    }

    public ClientFilter withSearch(@Nullable String newSearch) {
        return new ClientFilter(newSearch, trashed);
    }

    String normalizedSearch() {
        return search == null ? "" : search.strip();
    }
}
