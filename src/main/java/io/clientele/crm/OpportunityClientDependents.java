package io.clientele.crm;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Won opportunities name the client they became. Deleting the client keeps them (the foreign key sets NULL), so
 * a deletion counts none; a merge points them at the survivor.
 */
@Component
class OpportunityClientDependents implements ClientDependents {

    private final OpportunityRepository opportunities;

    OpportunityClientDependents(OpportunityRepository opportunities) {
        this.opportunities = opportunities;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of();
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        return Map.of("client.merge.moved.opportunities", (long) opportunities.moveToClient(mergedId, survivorId));
    }
}
