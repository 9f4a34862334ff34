package io.clientele.client;

import java.util.Set;

/**
 * An extension point for features that keep figures per client group (billing's group report rows): told, inside the
 * transaction of the change, that a client's groups changed, and that a group is about to be deleted.
 */
public interface ClientGroupChanges {

    /** A client's groups changed from {@code before} to {@code after} (group ids), and the change is flushed. */
    void changed(long clientId, Set<Long> before, Set<Long> after);

    /** A group is deleted next: its memberships are still there. */
    void deleting(long groupId);
}
