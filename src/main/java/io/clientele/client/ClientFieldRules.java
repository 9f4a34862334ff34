package io.clientele.client;

import io.clientele.base.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which optional client fields are mandatory. Everyone logged in reads (every form that creates clients marks and
 * checks them); administrators change them. {@link ClientService} enforces them on every save.
 */
@Service
@Transactional(readOnly = true)
public class ClientFieldRules {

    private final ClientFieldRuleRepository rules;

    ClientFieldRules(ClientFieldRuleRepository rules) {
        this.rules = rules;
    }

    /** The fields that must have a value. */
    @PermitAll
    public Set<ClientField> mandatory() {
        List<ClientField> fields = rules.findMandatoryFields();
        return fields.isEmpty() ? EnumSet.noneOf(ClientField.class) : EnumSet.copyOf(fields);
    }

    /**
     * One rule per field, in the enum's order, each with the version it was read at; fields never configured come as
     * new, optional rules.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<ClientFieldRule> all() {
        Map<ClientField, ClientFieldRule> stored =
                rules.findAll().stream().collect(Collectors.toMap(ClientFieldRule::getField, Function.identity()));
        List<ClientFieldRule> all = new ArrayList<>();
        for (ClientField field : ClientField.values()) {
            all.add(stored.getOrDefault(field, new ClientFieldRule(field)));
        }
        return all;
    }

    /**
     * Saves the rules as the administrator left them. A rule somebody else changed in between fails the whole save
     * with {@code OptimisticLockingFailureException}, so nothing half-applies.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void save(Collection<ClientFieldRule> changed) {
        rules.saveAllAndFlush(changed);
    }
}
