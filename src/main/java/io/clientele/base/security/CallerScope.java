package io.clientele.base.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as services see it: the account, its roles, and what it may see of the client book. Read fresh on
 * every call from {@link UserDirectory#currentScope()} (so a permission an administrator changes applies at once);
 * services ask this instead of reading Spring's security context themselves.
 *
 * <p>A STAFF user without the "view all clients" permission sees only clients they own or are assigned to;
 * {@link #restrictedToStaffId()} then holds their account id. A Client Center user sees no client of the back office
 * ({@link #restrictedToStaffId()} is an id no account has) and only their own client in the portal ({@link #clientId()}).
 *
 * @param accountId           the caller's account, null for the system user
 * @param restrictedToStaffId set when queries must be narrowed to this staff member's clients
 * @param clientId            the client of an enabled Client Center account, else null
 * @param roles               the caller's roles as {@link Roles} names (without Spring's {@code ROLE_} prefix)
 */
public record CallerScope(
        @Nullable Long accountId,
        @Nullable Long restrictedToStaffId,
        @Nullable Long clientId,
        Set<String> roles) {

    /** Start-up seeding and scheduled work: sees everything, as the system authentication's ADMIN role says. */
    public static final CallerScope SYSTEM = new CallerScope(null, null, null, Set.of(Roles.ADMIN));

    /** The Spring Security authority prefix of a role; the only place that knows it besides the principals. */
    public static final String ROLE_PREFIX = "ROLE_";

    public CallerScope {
        roles = Set.copyOf(roles);
    }

    /** A back-office user: ADMIN, STAFF or MANAGER, narrowed to their own clients when {@code restricted}. */
    public static CallerScope staff(long accountId, boolean restricted, Set<String> roles) {
        return new CallerScope(accountId, restricted ? accountId : null, null, roles);
    }

    /**
     * A Client Center user: narrowed to a staff id no account has (ids start at 1), so no back-office query finds a
     * client; the portal's queries are scoped to {@code clientId} instead (null when the account is disabled or
     * belongs to no client).
     */
    public static CallerScope client(long accountId, @Nullable Long clientId) {
        return new CallerScope(accountId, 0L, clientId, Set.of(Roles.CLIENT));
    }

    public boolean isRestricted() {
        return restrictedToStaffId != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** ADMIN or STAFF: those who may change records at all (MANAGER reads). */
    public boolean mayEdit() {
        return isAdmin() || hasRole(Roles.STAFF);
    }

    /** Whether this is the given account (false for the system user). */
    public boolean is(@Nullable Long account) {
        return accountId != null && accountId.equals(account);
    }
}
