package io.clientele.note;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A note as the timeline shows it, with what the caller may do with it.
 *
 * @param version   what an edit must name, so a stale edit fails instead of overwriting
 * @param canEdit   the caller wrote it (and may edit the client)
 * @param canDelete the caller wrote it, or is an administrator
 */
public record NoteRow(
        long id,
        long version,
        String authorName,
        String body,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean canEdit,
        boolean canDelete) {}
