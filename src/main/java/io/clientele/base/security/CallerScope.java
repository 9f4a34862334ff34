package io.clientele.base.security;

import org.jspecify.annotations.Nullable;

/**
 * What the current caller may see of the client book. A STAFF user without the "view all clients" permission sees
 * only clients they own or are assigned to; {@link #restrictedToStaffId()} then holds their account id.
 *
 * @param accountId           the caller's account, null for the system user
 * @param restrictedToStaffId set when queries must be narrowed to this staff member's clients
 */
public record CallerScope(
        @Nullable Long accountId, @Nullable Long restrictedToStaffId) {

    public static final CallerScope SYSTEM = new CallerScope(null, null);

    /**
     * Narrowed to a staff id no account has (ids start at 1): the caller sees no client of the back office. Client
     * Center users get it; their portal queries are scoped to their own client instead.
     */
    public static CallerScope noClients(long accountId) {
        return new CallerScope(accountId, 0L);
    }

    public boolean isRestricted() {
        return restrictedToStaffId != null;
    }
}
