package io.clientele.client;

import io.clientele.base.security.CallerScope;
import io.clientele.base.security.UserDirectory;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The staff visibility rule, applied inside every client query: a STAFF user without "view all clients" sees only
 * clients they own or are assigned to. ADMIN and MANAGER see all. Public so that features whose records hang off a
 * client (invoices, projects) narrow their own queries by the same rule, in SQL.
 */
@Component
public class ClientAccess {

    private final UserDirectory users;

    ClientAccess(UserDirectory users) {
        this.users = users;
    }

    public CallerScope scope() {
        return users.currentScope();
    }

    /** The restriction as a criteria predicate, or null when the caller sees every client. */
    @Nullable
    public Predicate restriction(CriteriaBuilder cb, Path<Client> c) {
        Long staffId = scope().restrictedToStaffId();
        if (staffId == null) {
            return null;
        }
        Path<Set<Long>> assigned = c.get("assignedStaffIds");
        return cb.or(cb.equal(c.get("ownerId"), staffId), cb.isMember(staffId, assigned));
    }

    /** Whether the caller may see this client at all. */
    public boolean canSee(Client client) {
        Long staffId = scope().restrictedToStaffId();
        return staffId == null
                || staffId.equals(client.getOwnerId())
                || client.getAssignedStaffIds().contains(staffId);
    }
}
