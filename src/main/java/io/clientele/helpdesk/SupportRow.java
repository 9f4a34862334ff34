package io.clientele.helpdesk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the staff list. {@code assigneeName} is filled in by the service after the query. */
public record SupportRow(
        long id,
        long clientId,
        String clientName,
        String subject,
        SupportStatus status,
        @Nullable Long assigneeId,
        @Nullable String assigneeName,
        String openedByName,
        Instant lastMessageAt) {

    /** The JPQL constructor: everything but the assignee's name, which lives in another feature. */
    public SupportRow(
            long id,
            long clientId,
            String clientName,
            String subject,
            SupportStatus status,
            @Nullable Long assigneeId,
            String openedByName,
            Instant lastMessageAt) {
        this(id, clientId, clientName, subject, status, assigneeId, null, openedByName, lastMessageAt);
    }

    SupportRow withAssigneeName(@Nullable String name) {
        return new SupportRow(id, clientId, clientName, subject, status, assigneeId, name, openedByName, lastMessageAt);
    }
}
