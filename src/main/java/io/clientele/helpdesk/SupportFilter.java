package io.clientele.helpdesk;

import org.jspecify.annotations.Nullable;

/**
 * What the staff list shows.
 *
 * @param status   only requests in this state; null for all
 * @param assignee whose requests: {@link Assignee#ANYONE}, the caller's, or nobody's yet
 * @param clientId only this client's requests (the client overview's tab); null for every visible client
 */
public record SupportFilter(
        @Nullable SupportStatus status,
        Assignee assignee,
        @Nullable Long clientId) {

    public enum Assignee {
        ANYONE,
        ME,
        NOBODY
    }

    /** What the list opens with: open requests, whoever answers them. */
    public static SupportFilter open() {
        return new SupportFilter(SupportStatus.OPEN, Assignee.ANYONE, null);
    }

    public static SupportFilter forClient(long clientId) {
        return new SupportFilter(null, Assignee.ANYONE, clientId);
    }
}
