package io.clientele.helpdesk;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A client's support request: its subject, state, assignee and optional link; the messages form its thread. */
@Entity
@Table(name = "support_requests")
public class SupportRequest extends AbstractEntity {

    public static final int SUBJECT_MAX = 200;

    @Column(name = "client_id", nullable = false)
    private long clientId;

    /** The login that opened it; not a foreign key: accounts are another feature and may be deleted. */
    @Column(name = "opened_by_id", updatable = false)
    private @Nullable Long openedById;

    @Column(name = "opened_by_name", nullable = false, length = 200, updatable = false)
    private String openedByName = "";

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SupportStatus status = SupportStatus.OPEN;

    /** The staff member who answers it; an account id, not a foreign key (see {@link #openedById}). */
    @Column(name = "assignee_id")
    private @Nullable Long assigneeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_type", length = 10, updatable = false)
    private SupportLink.@Nullable Type linkType;

    @Column(name = "link_id", updatable = false)
    private @Nullable Long linkId;

    @Column(name = "link_label", length = SupportLink.LABEL_MAX, updatable = false)
    private @Nullable String linkLabel;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    /** When the thread last got a message: the staff list sorts by it. */
    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt = Instant.EPOCH;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    protected SupportRequest() {}

    SupportRequest(
            long clientId,
            @Nullable Long openedById,
            String openedByName,
            String subject,
            @Nullable SupportLink link,
            Instant createdAt) {
        this.clientId = clientId;
        this.openedById = openedById;
        this.openedByName = openedByName;
        this.subject = subject;
        if (link != null) {
            this.linkType = link.type();
            this.linkId = link.id();
            this.linkLabel = link.label();
        }
        this.createdAt = createdAt;
        this.lastMessageAt = createdAt;
    }

    void messageAdded(Instant at) {
        this.lastMessageAt = at;
    }

    void close(Instant at) {
        this.status = SupportStatus.CLOSED;
        this.closedAt = at;
    }

    void reopen() {
        this.status = SupportStatus.OPEN;
        this.closedAt = null;
    }

    void assign(@Nullable Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    void moveToClient(long clientId) {
        this.clientId = clientId;
    }

    public long getClientId() {
        return clientId;
    }

    public @Nullable Long getOpenedById() {
        return openedById;
    }

    public String getOpenedByName() {
        return openedByName;
    }

    public String getSubject() {
        return subject;
    }

    public SupportStatus getStatus() {
        return status;
    }

    public @Nullable Long getAssigneeId() {
        return assigneeId;
    }

    public @Nullable SupportLink getLink() {
        return linkType == null || linkId == null
                ? null
                : new SupportLink(linkType, linkId, linkLabel == null ? "" : linkLabel);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastMessageAt() {
        return lastMessageAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }
}
