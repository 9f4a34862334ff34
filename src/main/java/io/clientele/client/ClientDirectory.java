package io.clientele.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and languages of clients by id, for features that keep a client id of their own (a Client Center login) and
 * must address the client whoever is calling: a password link goes out without a login, the accounts list is an
 * administrator's. Only the name and the language leave here; anything more goes through {@link ClientService} and
 * its visibility rule.
 */
@Component
@Transactional(readOnly = true)
public class ClientDirectory {

    private final ClientRepository clients;

    ClientDirectory(ClientRepository clients) {
        this.clients = clients;
    }

    public Optional<String> name(long clientId) {
        return clients.findName(clientId);
    }

    /** The client's language (ISO 639-1), which its Client Center users see unless they chose another. */
    public Optional<String> language(long clientId) {
        return clients.findLanguage(clientId);
    }

    /** The names of those of these clients that exist, by id. */
    public Map<Long, String> names(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = clients.findNames(clientIds);
        return rows.stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }
}
