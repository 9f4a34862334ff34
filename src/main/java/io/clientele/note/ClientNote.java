package io.clientele.note;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A note on a client's timeline: who wrote it, when, and when it was last edited. */
@Entity
@Table(name = "client_notes")
public class ClientNote extends AbstractEntity {

    public static final int BODY_MAX = 4000;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    /** The author's account; null once written by the system. Not a foreign key: accounts are another feature. */
    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(name = "author_name", nullable = false, length = 200, updatable = false)
    private String authorName = "";

    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "edited_at")
    private @Nullable Instant editedAt;

    protected ClientNote() {}

    ClientNote(long clientId, @Nullable Long authorId, String authorName, String body, Instant createdAt) {
        this.clientId = clientId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    public long getClientId() {
        return clientId;
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

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }
}
