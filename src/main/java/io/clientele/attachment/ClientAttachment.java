package io.clientele.attachment;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A document attached to a client. The bytes are in the attachments folder under {@link #getStoredName()}. */
@Entity
@Table(name = "client_attachments")
public class ClientAttachment extends AbstractEntity {

    public static final int NAME_MAX = 255;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "stored_name", nullable = false, length = 64, updatable = false)
    private String storedName = "";

    @Column(name = "original_name", nullable = false, length = NAME_MAX)
    private String originalName = "";

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType = "";

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "uploaded_by_id")
    private @Nullable Long uploadedById;

    @Column(name = "uploaded_by_name", nullable = false, length = 200)
    private String uploadedByName = "";

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    protected ClientAttachment() {}

    ClientAttachment(
            long clientId,
            String storedName,
            String originalName,
            String contentType,
            long size,
            @Nullable Long uploadedById,
            String uploadedByName,
            Instant uploadedAt) {
        this.clientId = clientId;
        this.storedName = storedName;
        this.originalName = originalName;
        this.contentType = contentType;
        this.size = size;
        this.uploadedById = uploadedById;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    public long getClientId() {
        return clientId;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getUploadedByName() {
        return uploadedByName;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
