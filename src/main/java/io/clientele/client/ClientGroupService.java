package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client groups: everyone in the back office reads them, administrators create, rename and delete. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientGroupService {

    private final ClientGroupRepository groups;
    private final List<ClientGroupChanges> changes;

    ClientGroupService(ClientGroupRepository groups, List<ClientGroupChanges> changes) {
        this.groups = groups;
        this.changes = changes;
    }

    /** Every group by name; a short list by nature, used by pickers and the group filter. */
    public List<ClientGroup> all() {
        return groups.findAllByOrderByNameAsc();
    }

    /** How many clients (live or trashed) are in the group: what deleting it would affect. */
    public long countMembers(ClientGroup group) {
        return group.getId() == null ? 0 : groups.countMembers(group.getId());
    }

    /** Creates or renames a group; names are unique regardless of case. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public ClientGroup save(ClientGroup group) {
        String name = group.getName().strip();
        boolean taken = group.isNew()
                ? groups.existsByNameIgnoreCase(name)
                : groups.existsByNameIgnoreCaseAndIdNot(name, group.getId());
        if (taken) {
            throw new RuleViolationException("client.group.name.taken", name);
        }
        group.setName(name);
        return groups.saveAndFlush(group);
    }

    /** Deletes a group; its clients stay, only their membership goes (the foreign key cascades). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void delete(ClientGroup group) {
        if (group.getId() != null) {
            long id = group.getId();
            changes.forEach(c -> c.deleting(id));
            groups.deleteById(id);
        }
    }
}
