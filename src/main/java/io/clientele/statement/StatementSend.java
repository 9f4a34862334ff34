package io.clientele.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One statement e-mail of a client: claimed (pending) before it leaves, sent, or skipped. Unique per key, which is
 * "statement-&lt;client&gt;-&lt;period start&gt;" for the job: the database's last word against a period going out
 * twice. Written by this feature's service only; users never edit it.
 */
@Entity
@Table(name = "statement_sends")
class StatementSend {

    static final int ERROR_MAX = 200;
    static final int RECIPIENTS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart = LocalDate.EPOCH;

    @Column(name = "period_end", nullable = false, updatable = false)
    private LocalDate periodEnd = LocalDate.EPOCH;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 64)
    private String key = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatementStatus status = StatementStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(length = RECIPIENTS_MAX)
    private @Nullable String recipients;

    @Column(name = "sent_by", length = 200)
    private @Nullable String sentBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected StatementSend() {}

    StatementSend(long clientId, StatementPeriod period, String key, Instant createdAt) {
        this.clientId = clientId;
        this.periodStart = period.from();
        this.periodEnd = period.to();
        this.key = key;
        this.createdAt = createdAt;
    }

    /** The job's key of a client's period: the same on every node, so the unique key sees both. */
    static String keyOf(long clientId, StatementPeriod period) {
        return "statement-" + clientId + "-" + period.from();
    }

    @Nullable
    Long getId() {
        return id;
    }

    long getClientId() {
        return clientId;
    }

    StatementPeriod period() {
        return new StatementPeriod(periodStart, periodEnd);
    }

    String getKey() {
        return key;
    }

    StatementStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    @Nullable
    String getLastError() {
        return lastError;
    }

    @Nullable
    String getRecipients() {
        return recipients;
    }

    @Nullable
    String getSentBy() {
        return sentBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getSentAt() {
        return sentAt;
    }

    void sent(Instant at, String by, String to) {
        status = StatementStatus.SENT;
        sentAt = at;
        sentBy = by;
        recipients = to.length() > RECIPIENTS_MAX ? to.substring(0, RECIPIENTS_MAX) : to;
        lastError = null;
    }

    void skipped(String why) {
        status = StatementStatus.SKIPPED;
        lastError = why;
    }

    void failed(String why) {
        attempts++;
        lastError = why.length() > ERROR_MAX ? why.substring(0, ERROR_MAX) : why;
    }
}
