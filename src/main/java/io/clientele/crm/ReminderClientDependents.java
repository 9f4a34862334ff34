package io.clientele.crm;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A client's reminders go with it when it is deleted for good (the foreign key cascades). */
@Component
class ReminderClientDependents implements ClientDependents {

    private final ReminderRepository reminders;

    ReminderClientDependents(ReminderRepository reminders) {
        this.reminders = reminders;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of("client.delete.with.reminders", reminders.countByClientIdIn(clientIds));
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        return Map.of("client.delete.with.reminders", (long) reminders.moveToClient(mergedId, survivorId));
    }
}
