package io.clientele.helpdesk;

import io.clientele.attachment.StoredFile;
import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message of a support request's thread, by the client's login or by staff. Plain text: it is shown as text and
 * never interpreted as HTML. Messages are never edited, so the thread stays what both sides read.
 */
@Entity
@Table(name = "support_messages")
public class SupportMessage extends AbstractEntity {

    public static final int BODY_MAX = 5000;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    /** Written by the client's login (true) or by staff (false): decides who is told by e-mail. */
    @Column(name = "from_client", nullable = false, updatable = false)
    private boolean fromClient;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName = "";

    @Column(nullable = false, length = BODY_MAX, updatable = false)
    private String body = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "file_stored_name", length = 64, updatable = false)
    private @Nullable String fileStoredName;

    @Column(name = "file_name", length = 255, updatable = false)
    private @Nullable String fileName;

    @Column(name = "file_type", length = 100, updatable = false)
    private @Nullable String fileType;

    @Column(name = "file_size", updatable = false)
    private @Nullable Long fileSize;

    /** When the other side was told by e-mail; claimed once, so a message is never announced twice. */
    @Column(name = "notified_at")
    private @Nullable Instant notifiedAt;

    protected SupportMessage() {}

    SupportMessage(
            long requestId,
            boolean fromClient,
            @Nullable Long authorId,
            String authorName,
            String body,
            @Nullable StoredFile file,
            Instant createdAt) {
        this.requestId = requestId;
        this.fromClient = fromClient;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        if (file != null) {
            this.fileStoredName = file.storedName();
            this.fileName = file.name();
            this.fileType = file.contentType();
            this.fileSize = file.size();
        }
        this.createdAt = createdAt;
    }

    public long getRequestId() {
        return requestId;
    }

    public boolean isFromClient() {
        return fromClient;
    }

    public @Nullable Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable StoredFile getFile() {
        return fileStoredName == null || fileName == null || fileType == null || fileSize == null
                ? null
                : new StoredFile(fileStoredName, fileName, fileType, fileSize);
    }

    public @Nullable Instant getNotifiedAt() {
        return notifiedAt;
    }
}
