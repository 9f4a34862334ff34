package io.clientele.helpdesk;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A client's support requests go with it when it is deleted for good (the foreign key cascades, and the messages
 * with them) and move with their threads when it is merged.
 */
@Component
class SupportClientDependents implements ClientDependents {

    private final SupportRequestRepository requests;

    SupportClientDependents(SupportRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of("client.delete.with.support", requests.countByClientIdIn(clientIds));
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        return Map.of("client.delete.with.support", (long) requests.moveToClient(mergedId, survivorId));
    }
}
