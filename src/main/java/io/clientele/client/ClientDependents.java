package io.clientele.client;

import java.util.Collection;
import java.util.Map;

/**
 * What hangs off clients and goes with them when they are deleted for good (contacts, invoices, projects, …).
 * Features implement it so the deletion can be confirmed with real counts without the client feature knowing them.
 */
public interface ClientDependents {

    /** Counts per translation key (a MessageFormat taking the count), for the given clients. */
    Map<String, Long> count(Collection<Long> clientIds);

    /**
     * Called inside the deletion's transaction just before these trashed clients' rows go, for what the database
     * cannot cascade itself (files on disk). Rows with a cascading foreign key need nothing here.
     */
    default void deleting(Collection<Long> clientIds) {}

    /**
     * The records among the dependents that are legal documents (issued invoices, credit notes), by client id, each
     * as it is known to people (its number): the confirmation names them and the deletion log keeps them.
     */
    default Map<Long, java.util.List<String>> records(Collection<Long> clientIds) {
        return Map.of();
    }
}
