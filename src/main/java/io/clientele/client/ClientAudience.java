package io.clientele.client;

import java.util.Set;

/**
 * Who sees a client on lists and dashboards: everyone with "all clients" while it is live, and the staff members in
 * {@code staffIds} (its owner and assigned staff) when restricted. Nobody while it is in the Trash.
 */
public record ClientAudience(long clientId, boolean live, Set<Long> staffIds) {

    public ClientAudience {
        staffIds = Set.copyOf(staffIds);
    }
}
