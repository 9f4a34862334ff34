package io.clientele.contact;

import org.jspecify.annotations.Nullable;

/** How many contacts a client has and which is primary: what the contacts tab needs to warn and to offer. */
public record ContactSummary(
        long live, long trashed, @Nullable Long primaryId) {

    /** Live contacts but none of them primary: the user must pick one (after the primary was trashed). */
    public boolean needsPrimary() {
        return live > 0 && primaryId == null;
    }
}
