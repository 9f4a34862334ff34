package io.clientele.project;

import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.client.ClientScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and change projects and time. A project is visible exactly when its client is: the client feature's
 * rule ({@link ClientScope}), applied inside every project query by joining to the client.
 */
@Component
class ProjectAccess {

    private final ClientScope clients;

    ProjectAccess(ClientScope clients) {
        this.clients = clients;
    }

    CallerScope scope() {
        return clients.caller();
    }

    /** Administrators change any time entry; everyone else (who may write at all) only their own. */
    boolean mayChangeEntryOf(@Nullable Long userId, CallerScope scope) {
        return scope.isAdmin() || (scope.hasRole(Roles.STAFF) && scope.is(userId));
    }
}
