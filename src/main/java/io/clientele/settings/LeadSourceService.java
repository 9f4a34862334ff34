package io.clientele.settings;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lead sources clients and opportunities choose from. Everyone logged in reads; administrators change. */
@Service
@Transactional(readOnly = true)
public class LeadSourceService {

    private final LeadSourceRepository sources;
    private final List<LeadSourceUsage> usages;

    LeadSourceService(LeadSourceRepository sources, List<LeadSourceUsage> usages) {
        this.sources = sources;
        this.usages = usages;
    }

    /** All lead sources by name. The list is short by nature (a handful of channels). */
    @PermitAll
    public List<LeadSource> all() {
        return sources.findAllByOrderByNameAsc();
    }

    /** The lead source with the id, if there is one (none for {@code null}). */
    @PermitAll
    public Optional<LeadSource> find(@Nullable Long id) {
        return id == null ? Optional.empty() : sources.findById(id);
    }

    /**
     * Creates or renames a lead source; names are unique regardless of case. A stale copy fails with
     * {@code OptimisticLockingFailureException}.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public LeadSource save(LeadSource source) {
        String name = source.getName().strip();
        if (name.isEmpty()) {
            throw new RuleViolationException("settings.name.required");
        }
        boolean taken = source.isNew()
                ? sources.existsByNameIgnoreCase(name)
                : sources.existsByNameIgnoreCaseAndIdNot(name, source.getId());
        if (taken) {
            throw new RuleViolationException("settings.lead-source.name.taken", name);
        }
        source.setName(name);
        return sources.saveAndFlush(source);
    }

    /** Deletes a lead source nothing uses; one in use is refused with the count. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void delete(LeadSource source) {
        long id = source.getId() == null ? 0 : source.getId();
        long users = usages.stream().mapToLong(u -> u.countUsing(id)).sum();
        if (users > 0) {
            throw new RuleViolationException("settings.lead-source.in-use", source.getName(), users);
        }
        sources.deleteById(id);
    }
}
