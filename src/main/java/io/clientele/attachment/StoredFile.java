package io.clientele.attachment;

/**
 * A file the attachment rules accepted and kept for another feature ({@link AttachmentService#keep}); that feature
 * stores these four values in its own row.
 *
 * @param storedName the generated name the file is kept under
 * @param name       the uploaded name reduced to a display name (metadata only)
 * @param contentType the MIME type its verified type has
 * @param size       bytes
 */
public record StoredFile(String storedName, String name, String contentType, long size) {}
