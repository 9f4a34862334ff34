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
        @Nullable String search, @Nullable Long clientId, Set<String> statuses) {

    public BillingFilter {
        statuses = Set.copyOf(statuses);
    }

    public static BillingFilter all() {
        return new BillingFilter(null, null, Set.of());
    }

    public static BillingFilter ofClient(long clientId) {
        return new BillingFilter(null, clientId, Set.of());
    }

    public BillingFilter withSearch(@Nullable String text) {
        return new BillingFilter(text, clientId, statuses);
    }

    public BillingFilter withStatuses(Set<String> newStatuses) {
        return new BillingFilter(search, clientId, newStatuses);
    }

    String normalizedSearch() {
        return search == null ? "" : search.strip();
    }
}
