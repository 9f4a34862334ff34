package io.clientele.client;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parent companies (issue 22): a company client may belong to a parent company client, which may belong to another,
 * and so on — never in a circle. This class owns the rule (only companies, no cycles, also when two people link two
 * companies to each other at the same moment) and the tree's reads: the subsidiaries a parent's overview lists, the
 * parent a subsidiary's overview names, and the roll-up (a parent and all its descendants) that statements and
 * reports total. Every read is narrowed to what the caller may see ({@link ClientScope}): restricted staff roll up
 * only the clients they own or are assigned to.
 *
 * <p>Trashing a parent keeps the link (a restore brings the group back as it was); deleting it for good leaves its
 * subsidiaries without a parent (they stay, as individuals stay when their company goes).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientParents {

    /** Deeper than any real group of companies; a guard against walking forever should a cycle ever be stored. */
    static final int MAX_DEPTH = 100;

    /** A subsidiary as the parent's overview lists it: what it owes, in its own currency. */
    public record Subsidiary(long id, String name, String currency, BigDecimal balance) {}

    /** A client's parent company, by id and name. */
    public record Parent(long id, String name) {}

    /** The refusals of {@link #check}, which a form shows on its parent company field. */
    public static final Set<String> REFUSALS = Set.of(
            "client.parent.only-companies",
            "client.parent.not-company",
            "client.parent.cycle",
            "client.parent.has-subsidiaries");

    private final ClientRepository clients;
    private final ClientQueries queries;
    private final ClientScope scope;
    private final JdbcClient jdbc;
    private final ClientParentQueries parentQueries;

    /** Tests only: runs after the unlocked cycle check and before the locks, so that two saves meet there. */
    @Nullable
    volatile Runnable beforeLock;

    ClientParents(
            ClientRepository clients,
            ClientQueries queries,
            ClientScope scope,
            JdbcClient jdbc,
            ClientParentQueries parentQueries) {
        this.parentQueries = parentQueries;
        this.clients = clients;
        this.queries = queries;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /**
     * The rule, applied by {@link ClientService#save} before it writes: the client's parent is a live company the
     * caller may see, the client itself is a company, and the parent is neither the client nor one of its
     * descendants. A changed parent locks the client's row and the new parent's chain up to its root, in id order,
     * and checks again under the locks: of two saves that would together close a circle, the second waits for the
     * first and is refused.
     *
     * @param storedParentId the parent as stored before this save (null for a new client or none)
     * @throws RuleViolationException {@code client.parent.only-companies}, {@code client.parent.not-company},
     *     {@code client.parent.cycle} or {@code client.parent.has-subsidiaries}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void check(Client client, @Nullable Long storedParentId) {
        Client parent = client.getParent();
        if (client.getType() != ClientType.COMPANY) {
            if (parent != null) {
                throw new RuleViolationException("client.parent.only-companies");
            }
            if (!client.isNew() && countSubsidiaries(Objects.requireNonNull(client.getId())) > 0) {
                throw new RuleViolationException("client.parent.has-subsidiaries");
            }
            return;
        }
        if (parent == null) {
            return;
        }
        long parentId = Objects.requireNonNull(parent.getId(), "parent must be saved");
        Client stored = clients.findById(parentId)
                .filter(scope::canSee)
                .orElseThrow(() -> new RuleViolationException("client.parent.not-company"));
        if (stored.getType() != ClientType.COMPANY) {
            throw new RuleViolationException("client.parent.not-company");
        }
        client.setParent(stored);
        if (client.isNew() || Objects.equals(storedParentId, parentId)) {
            // A new client has no descendants; an unchanged link was checked when it was made.
            return;
        }
        long id = Objects.requireNonNull(client.getId());
        refuseCycle(id, chain(parentId, false));
        Runnable hook = beforeLock;
        if (hook != null) {
            hook.run();
        }
        Set<Long> locked = new TreeSet<>(chain(parentId, false));
        locked.add(id);
        locked.forEach(this::lock);
        // Under the locks, with locking reads: what another transaction committed meanwhile is seen now.
        refuseCycle(id, chain(parentId, true));
    }

    private static void refuseCycle(long id, List<Long> chain) {
        if (chain.contains(id)) {
            throw new RuleViolationException("client.parent.cycle");
        }
    }

    /** The client and its ancestors, nearest first. */
    private List<Long> chain(long from, boolean locking) {
        List<Long> chain = new ArrayList<>();
        Long next = from;
        while (next != null && !chain.contains(next) && chain.size() < MAX_DEPTH) {
            chain.add(next);
            next = jdbc.sql("select parent_id from clients where id = ?" + (locking ? " for update" : ""))
                    .param(next)
                    .query((rs, i) -> rs.getObject(1) == null ? null : rs.getLong(1))
                    .optional()
                    .orElse(null);
        }
        return chain;
    }

    private void lock(long id) {
        jdbc.sql("select id from clients where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
    }

    private long countSubsidiaries(long parentId) {
        return jdbc.sql("select count(*) from clients where parent_id = ?")
                .param(parentId)
                .query(Long.class)
                .single();
    }

    /**
     * How many clients (live or trashed, whoever may see them) have one of these clients as their parent: what a
     * permanent deletion of the parents would leave without one.
     */
    public long countSubsidiaries(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from clients where parent_id in (:ids) and id not in (:ids)")
                .param("ids", parentIds)
                .query(Long.class)
                .single();
    }

    /**
     * Companies the "Parent company" picker offers the client: live companies the caller may see, found by the
     * list's search, never the client itself nor one of its descendants. One page at a time.
     *
     * @param clientId the client being edited, or null for a new one
     */
    public List<Client> candidates(@Nullable Long clientId, String search, Pageable page) {
        Collection<Long> excluded = clientId == null ? List.of() : descendants(clientId, true);
        return queries.ofType(ClientType.COMPANY, search, excluded, page.getOffset(), PageCap.size(page));
    }

    /**
     * The client's parent company, if the caller may see both. One statement, the scope inside it: the overview
     * every user opens most asks this on every visit.
     */
    public Optional<Parent> parentOf(long clientId) {
        return parentQueries.parentOf(clientId);
    }

    /**
     * The live subsidiaries of a parent that the caller may see, by name, with what each owes in its currency: one
     * page, for the overview's lazy grid.
     */
    public List<Subsidiary> subsidiaries(long parentId, Pageable page) {
        scope.require(parentId);
        return parentQueries.subsidiaries(parentId, page.getOffset(), PageCap.size(page));
    }

    /** Whether the client has subsidiaries the caller may see (the overview shows the section only then). */
    public boolean hasSubsidiaries(long clientId) {
        return parentQueries.hasSubsidiaries(clientId);
    }

    /**
     * The roll-up of a client: the client and all its descendants (subsidiaries, their subsidiaries…) that are live
     * and that the caller may see, the client first. A restricted staff member's roll-up leaves out the subsidiaries
     * they may not see, however deep; a hidden subsidiary's own visible subsidiaries still count.
     */
    public List<Long> rollUp(long clientId) {
        scope.require(clientId);
        List<Long> descendants = descendants(clientId, false);
        List<Long> ids = new ArrayList<>();
        ids.add(clientId);
        if (!descendants.isEmpty()) {
            Set<Long> visible = new java.util.HashSet<>(queries.visibleIds(descendants, false));
            descendants.stream().filter(visible::contains).forEach(ids::add);
        }
        return ids;
    }

    /** Every descendant of the client, live or trashed, level by level; with the client itself if asked. */
    private List<Long> descendants(long clientId, boolean withSelf) {
        Set<Long> all = new LinkedHashSet<>();
        all.add(clientId);
        List<Long> level = List.of(clientId);
        for (int depth = 0; !level.isEmpty() && depth < MAX_DEPTH; depth++) {
            level = jdbc
                    .sql("select id from clients where parent_id in (:ids)")
                    .param("ids", level)
                    .query(Long.class)
                    .list()
                    .stream()
                    .filter(all::add)
                    .toList();
        }
        if (!withSelf) {
            all.remove(clientId);
        }
        return new ArrayList<>(all);
    }
}
