package io.clientele.base.security;

import org.jspecify.annotations.Nullable;

/**
 * What the current caller may see of the client book. A STAFF user without the "view all clients" permission sees
 * only clients they own or are assigned to; {@link #restrictedToStaffId()} then holds their account id.
 *
 * @param accountId           the caller's account, null for the system user
 * @param restrictedToStaffId set when queries must be narrowed to this staff member's clients
 */
public record CallerScope(@Nullable Long accountId, @Nullable Long restrictedToStaffId) {

    public static final CallerScope SYSTEM = new CallerScope(null, null);

    public boolean isRestricted() {
        return restrictedToStaffId != null;
    }
}
