package io.clientele.crm;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Something a staff member must do about a client at a given time, optionally announced by e-mail. */
@Entity
@Table(name = "reminders")
public class Reminder extends AbstractEntity {

    public static final int DESCRIPTION_MAX = 500;

    /** Ids, not associations: the client and the account belong to other features. */
    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "assignee_id", nullable = false)
    private long assigneeId;

    @NotNull
    @Column(name = "due_at", nullable = false)
    private Instant dueAt = Instant.EPOCH;

    @NotBlank(message = "{reminder.description.required}")
    @Size(max = DESCRIPTION_MAX)
    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description = "";

    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    /** When the e-mail went out; set once, so the notification job never mails a reminder twice. */
    @Column(name = "notified_at")
    private @Nullable Instant notifiedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected Reminder() {}

    Reminder(long clientId, long assigneeId, Instant dueAt, String description, boolean byEmail, Instant createdAt) {
        this.clientId = clientId;
        this.assigneeId = assigneeId;
        this.dueAt = dueAt;
        this.description = description;
        this.byEmail = byEmail;
        this.createdAt = createdAt;
    }

    public long getClientId() {
        return clientId;
    }

    public long getAssigneeId() {
        return assigneeId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getDescription() {
        return description;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    void setDoneAt(@Nullable Instant doneAt) {
        this.doneAt = doneAt;
    }

    public @Nullable Instant getNotifiedAt() {
        return notifiedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
