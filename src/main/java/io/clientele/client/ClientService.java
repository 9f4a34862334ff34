package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients: the list queries, saving, trash and restore, permanent deletion. The transaction and security boundary
 * for everything the client views do.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientService {

    /** The most rows one request may fetch, whatever the caller asks for. */
    public static final int MAX_PAGE_SIZE = 500;

    private final ClientRepository clients;
    private final ClientQueries queries;
    private final Clock clock;

    ClientService(ClientRepository clients, ClientQueries queries, Clock clock) {
        this.clients = clients;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * One page of the list, filtered and sorted in SQL. Sort keys are those of {@link ClientSort}; the page size is
     * capped at {@link #MAX_PAGE_SIZE}.
     */
    public List<ClientRow> list(ClientFilter filter, Pageable page) {
        Sort sort = page.getSort();
        return queries.page(filter, page.getOffset(), Math.min(page.getPageSize(), MAX_PAGE_SIZE), sort);
    }

    /** How many clients match the filter. */
    public long count(ClientFilter filter) {
        return queries.count(filter);
    }

    /** A live (not trashed) client with its company loaded, ready for a form. */
    public Client get(long id) {
        return clients.findWithCompany(id).filter(c -> !c.isTrashed())
                .orElseThrow(() -> new ClientNotFoundException(id));
    }

    /**
     * Creates or updates a client. A stale copy (someone saved in between) fails with Spring's
     * {@code OptimisticLockingFailureException}, never overwriting the newer data.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Client save(Client client) {
        if (client.getType() == ClientType.COMPANY) {
            client.setCompany(null);
        }
        Client company = client.getCompany();
        if (company != null) {
            Long companyId = Objects.requireNonNull(company.getId(), "company must be saved");
            Client stored = clients.findById(companyId).filter(c -> !c.isTrashed())
                    .orElseThrow(() -> new ClientNotFoundException(companyId));
            if (stored.getType() != ClientType.COMPANY || stored.equals(client)) {
                throw new RuleViolationException("client.save.company-invalid");
            }
            client.setCompany(stored);
        }
        if (client.isNew()) {
            client.setTrashedAt(null);
        }
        return clients.saveAndFlush(client);
    }

    /**
     * Moves clients to the Trash. Returns the ids that were live and are now trashed, so that an Undo restores
     * exactly those and never a client somebody else had trashed before.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<Long> trash(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> live = clients.findLiveIds(ids);
        if (!live.isEmpty()) {
            clients.trash(live, clock.instant());
        }
        return live;
    }

    /** Brings trashed clients back exactly as they were; returns how many were restored. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public int restore(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : clients.restore(ids);
    }

    /**
     * Deletes trashed clients for good, in one transaction. Only administrators may; live clients are never
     * touched. Individuals that belonged to a deleted company stay, without a company.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int deletePermanently(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        clients.detachMembers(ids);
        return clients.deleteTrashed(ids);
    }

    /** Live companies whose name contains the text, for the "belongs to company" picker; one page at a time. */
    public List<Client> companies(String search, Pageable page) {
        String pattern = "%" + ClientQueries.escapeLike(search.strip()) + "%";
        return clients.findCompanies(pattern,
                PageRequest.of(page.getPageNumber(), Math.min(page.getPageSize(), MAX_PAGE_SIZE)));
    }

    /** Live individuals whose name contains the text, for pickers such as a company's contacts; one page at a time. */
    public List<Client> individuals(String search, Pageable page) {
        String pattern = "%" + ClientQueries.escapeLike(search.strip()) + "%";
        return clients.findIndividuals(pattern,
                PageRequest.of(page.getPageNumber(), Math.min(page.getPageSize(), MAX_PAGE_SIZE)));
    }

    /**
     * Locks a live client's row until the caller's transaction ends (SELECT … FOR UPDATE) and returns it. Features
     * call this first when a change must be judged against everything else hanging off the client (e.g. which
     * contact is primary), so that two such changes for one client run one after the other instead of both
     * deciding on the same stale picture.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Client lockForUpdate(long id) {
        return clients.findLiveForUpdate(id).orElseThrow(() -> new ClientNotFoundException(id));
    }
}
