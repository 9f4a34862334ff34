package io.clientele.billing;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a billing list is narrowed by: free text (document number or reference, client name), one client, statuses.
 *
 * @param search   as typed, may be blank
 * @param clientId only this client's records, or null for all visible clients
 * @param statuses status names to keep, empty for all
 */
public record BillingFilter(
        @Nullable String search, @Nullable Long clientId, Set<String> statuses, ClientTrash clientTrash) {

    /**
     * Whose records a list across all clients shows. Issued documents and payments of clients in the Trash stay
     * findable (they still count: money is owed, revenue was made); drafts of trashed clients do not show.
     */
    public enum ClientTrash {
        /** Live clients' records and the issued records of clients in the Trash. */
        ANY,
        /** Only live clients' records. */
        LIVE,
        /** Only the issued records of clients in the Trash. */
        TRASHED
    }

    public BillingFilter {
        statuses = Set.copyOf(statuses);
    }

    /** Live clients only: for pickers of what to act on (a payment's invoice), where a trashed client cannot be. */
    public BillingFilter(@Nullable String search, @Nullable Long clientId, Set<String> statuses) {
        this(search, clientId, statuses, ClientTrash.LIVE);
    }

    /** The lists across all clients: everything findable, trashed clients' issued records included. */
    public static BillingFilter all() {
        return new BillingFilter(null, null, Set.of(), ClientTrash.ANY);
    }

    public BillingFilter withClientTrash(ClientTrash newClientTrash) {
        return new BillingFilter(search, clientId, statuses, newClientTrash);
    }

    public static BillingFilter ofClient(long clientId) {
        return new BillingFilter(null, clientId, Set.of());
    }

    public BillingFilter withSearch(@Nullable String text) {
        return new BillingFilter(text, clientId, statuses, clientTrash);
    }

    public BillingFilter withStatuses(Set<String> newStatuses) {
        return new BillingFilter(search, clientId, newStatuses, clientTrash);
    }

    String normalizedSearch() {
        return search == null ? "" : search.strip();
    }
}
