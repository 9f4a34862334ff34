package io.clientele.attachment;

/**
 * A document's content for download.
 *
 * @param fileName the uploaded name, made safe for a Content-Disposition header
 */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
