package io.clientele.crm;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One reminder as the lists show it.
 *
 * @param overdue open and past its due time when the list was read
 */
public record ReminderRow(
        long id,
        long clientId,
        String clientName,
        Instant dueAt,
        String description,
        long assigneeId,
        String assigneeName,
        boolean byEmail,
        @Nullable Instant doneAt,
        boolean overdue) {

    public boolean done() {
        return doneAt != null;
    }
}
