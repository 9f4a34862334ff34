package io.clientele.contact;

/**
 * What trashing a contact did. When the primary contact is trashed no other is promoted silently:
 * {@link #needsNewPrimary()} tells the caller to ask the user to pick one.
 */
public record TrashResult(long contactId, boolean wasPrimary, long liveLeft) {

    public boolean needsNewPrimary() {
        return wasPrimary && liveLeft > 0;
    }
}
