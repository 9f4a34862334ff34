package io.clientele.crm;

import org.jspecify.annotations.Nullable;

/**
 * What the opportunity list shows: text matched against company, contact name and e-mail; optionally one stage.
 */
public record OpportunityFilter(String search, @Nullable OpportunityStage stage) {

    public static final OpportunityFilter ALL = new OpportunityFilter("", null);

    String normalizedSearch() {
        return search.strip();
    }
}
