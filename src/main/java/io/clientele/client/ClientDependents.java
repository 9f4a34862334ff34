package io.clientele.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What hangs off clients and goes with them when they are deleted for good (contacts, invoices, projects, …), or moves
 * to another client when two are merged. Features implement it so the deletion can be confirmed with real counts, and
 * a merge can move everything, without the client feature knowing them.
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
     * Moves everything of this feature that hangs off {@code mergedId} to {@code survivorId}, inside the merge's one
     * transaction (a failure here undoes the whole merge), and returns how many rows moved per translation key (the
     * keys of {@link #count}, a MessageFormat taking the count). Both clients are live and visible to the caller, and
     * the client feature has already refused a currency conflict; where the two clash on a rule of this feature (two
     * primary contacts), the survivor's record keeps its role. Abstract on purpose: a feature that adds data hanging
     * off clients must say what a merge does with it.
     */
    Map<String, Long> merging(long mergedId, long survivorId);

    /**
     * Issued records of these clients that trashing them puts out of sight (sent invoices, quotes, payments), per
     * translation key taking the count; drafts are not counted.
     */
    default Map<String, Long> issued(Collection<Long> clientIds) {
        return Map.of();
    }

    /**
     * The records among the dependents that are legal documents (issued invoices, credit notes), by client id, each
     * as it is known to people (its number): the confirmation names them and the deletion log keeps them.
     */
    default Map<Long, List<String>> records(Collection<Long> clientIds) {
        return Map.of();
    }
}
