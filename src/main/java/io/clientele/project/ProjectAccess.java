package io.clientele.project;

import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and change projects and time. A project is visible exactly when its client is: the client feature's
 * rule (a restricted staff member sees the clients they own or are assigned to; trashed clients are hidden), applied
 * here inside every project query by joining to the client.
 */
@Component
class ProjectAccess {

    /** Query fragment for a restricted caller; binds {@code :staffId}. {@code c} is the project's client. */
    static final String RESTRICTION = " and (c.ownerId = :staffId or :staffId member of c.assignedStaffIds)";

    private final UserDirectory users;

    ProjectAccess(UserDirectory users) {
        this.users = users;
    }

    CallerScope scope() {
        return users.currentScope();
    }

    /** The staff id queries must be narrowed to, or null when the caller sees every client. */
    @Nullable
    Long restrictedTo() {
        return scope().restrictedToStaffId();
    }

    boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** Administrators change any time entry; everyone else (who may write at all) only their own. */
    boolean mayChangeEntryOf(@Nullable Long userId, CallerScope scope) {
        if (isAdmin()) {
            return true;
        }
        return hasRole(Roles.STAFF) && scope.accountId() != null && Objects.equals(scope.accountId(), userId);
    }

    private static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
