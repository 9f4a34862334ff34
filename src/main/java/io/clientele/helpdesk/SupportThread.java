package io.clientele.helpdesk;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A support request with its messages, oldest first.
 *
 * @param assigneeName null when nobody is assigned
 */
public record SupportThread(
        long id,
        long clientId,
        String subject,
        SupportStatus status,
        @Nullable Long assigneeId,
        @Nullable String assigneeName,
        @Nullable SupportLink link,
        String openedByName,
        Instant createdAt,
        List<Post> messages) {

    public SupportThread {
        messages = List.copyOf(messages);
    }

    /**
     * One message as both sides read it.
     *
     * @param fileName the attached file's display name, null without one
     */
    public record Post(
            long id,
            boolean fromClient,
            String authorName,
            String body,
            Instant createdAt,
            @Nullable String fileName,
            long fileSize) {}
}
