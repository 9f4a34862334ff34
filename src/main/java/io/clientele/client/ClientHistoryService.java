package io.clientele.client;

import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a client's change history, newest first, for those who may see the client. */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientHistoryService {

    private final ClientHistoryRepository entries;
    private final ClientScope clients;

    ClientHistoryService(ClientHistoryRepository entries, ClientScope clients) {
        this.entries = entries;
        this.clients = clients;
    }

    /**
     * One page of the client's changes, newest first (the page's own sort is ignored).
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    public List<ClientChange> page(long clientId, Pageable page) {
        clients.require(clientId);
        Pageable newestFirst = PageRequest.of(
                page.getPageNumber(),
                Math.min(page.getPageSize(), ClientService.MAX_PAGE_SIZE),
                Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id")));
        return entries.findByClientId(clientId, newestFirst).stream()
                .map(ClientHistoryEntry::toChange)
                .toList();
    }

    /** How many changes the client has. */
    public long count(long clientId) {
        clients.require(clientId);
        return entries.countByClientId(clientId);
    }
}
