package io.clientele.attachment;

import java.time.Instant;

/**
 * A document as the Documents tab lists it.
 *
 * @param name         the name it was uploaded under, for display
 * @param downloadName the same, made safe for a Content-Disposition header
 */
public record AttachmentRow(
        long id,
        String name,
        String downloadName,
        String contentType,
        long size,
        String uploadedBy,
        Instant uploadedAt) {}
