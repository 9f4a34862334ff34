package io.clientele.recurring;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A client's recurring profiles go with it when it is deleted for good (the foreign key cascades) or merged. */
@Component
class RecurringClientDependents implements ClientDependents {

    private final RecurringProfileRepository profiles;

    RecurringClientDependents(RecurringProfileRepository profiles) {
        this.profiles = profiles;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of("recurring.delete.with", profiles.countByClientIdIn(clientIds));
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        return Map.of("recurring.delete.with", (long) profiles.moveToClient(mergedId, survivorId));
    }
}
