package io.clientele.client;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the client list is narrowed by. {@code search} keeps clients for which every typed word starts a word of the
 * name or e-mail (or, for digits, appears anywhere in a phone number), case- and accent-insensitively; one or two
 * characters match the start of the name ({@link ClientSearchTerms}). {@code groupIds}, when not empty, keeps
 * clients in any of those groups.
 *
 * @param search   free text as typed, may be blank
 * @param trashed  true for the Trash view, false for the live list
 * @param groupIds groups to keep (any of), empty for all clients
 * @param tagIds   tags to keep (any of), empty for all clients (issue 22)
 * @param custom   one custom field's condition (issue 22), or null
 */
public record ClientFilter(
        @Nullable String search,
        boolean trashed,
        Set<Long> groupIds,
        Set<Long> tagIds,
        @Nullable CustomFieldFilter custom) {

    public ClientFilter {
        groupIds = Set.copyOf(groupIds);
        tagIds = Set.copyOf(tagIds);
    }

    public ClientFilter(@Nullable String search, boolean trashed, Set<Long> groupIds) {
        this(search, trashed, groupIds, Set.of(), null);
    }

    public static ClientFilter live(@Nullable String search) {
        return new ClientFilter(search, false, Set.of());
    }

    public static ClientFilter trash(@Nullable String search) {
        return new ClientFilter(search, true, Set.of());
    }

    public ClientFilter withSearch(@Nullable String newSearch) {
        return new ClientFilter(newSearch, trashed, groupIds, tagIds, custom);
    }

    public ClientFilter withGroups(Set<Long> newGroupIds) {
        return new ClientFilter(search, trashed, newGroupIds, tagIds, custom);
    }

    public ClientFilter withTags(Set<Long> newTagIds) {
        return new ClientFilter(search, trashed, groupIds, newTagIds, custom);
    }

    /** The same filter narrowed by a custom field instead (issue 22); null for none. */
    public ClientFilter withCustom(@Nullable CustomFieldFilter newCustom) {
        return new ClientFilter(search, trashed, groupIds, tagIds, newCustom);
    }

    String normalizedSearch() {
        return search == null ? "" : search.strip();
    }
}
