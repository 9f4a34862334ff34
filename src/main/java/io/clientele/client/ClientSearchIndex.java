package io.clientele.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a client's rows in {@code client_search_terms} in step with its name, e-mail and phone numbers. Called in
 * the saving transaction, after the client row is written (the terms point at it). Trashing and restoring leave the
 * terms alone (the list's trash filter decides what shows); deleting a client deletes them by the foreign key.
 */
@Component
class ClientSearchIndex {

    private final JdbcTemplate jdbc;

    ClientSearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The terms of clients created just now (they have none yet), in one batch for all of them. */
    void insertNew(List<Client> created) {
        List<Object[]> rows = new ArrayList<>();
        for (Client client : created) {
            long id = Objects.requireNonNull(client.getId(), "client must be saved");
            for (String term :
                    ClientSearchTerms.of(client.getName(), client.getEmail(), client.getPhone(), client.getMobile())) {
                rows.add(new Object[] {id, term});
            }
        }
        jdbc.batchUpdate(ClientSearchTerms.INSERT, rows);
    }

    void update(Client client) {
        long id = Objects.requireNonNull(client.getId(), "client must be saved");
        jdbc.update("delete from client_search_terms where client_id = ?", id);
        List<Object[]> rows =
                ClientSearchTerms.of(client.getName(), client.getEmail(), client.getPhone(), client.getMobile())
                        .stream()
                        .map(term -> new Object[] {id, term})
                        .toList();
        jdbc.batchUpdate(ClientSearchTerms.INSERT, rows);
    }
}
