package io.clientele.dunning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One reminder of an invoice: claimed (pending) before its e-mail leaves, sent, or skipped. Unique per key, which is
 * "reminder-&lt;invoice&gt;-&lt;step&gt;" for the job: the database's last word against a step going out twice.
 * Written by this feature's service only; users never edit it.
 */
@Entity
@Table(name = "payment_reminders")
class PaymentReminder {

    static final int ERROR_MAX = 200;
    static final int RECIPIENTS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(nullable = false, updatable = false)
    private int step;

    @Column(name = "dedupe_key", nullable = false, updatable = false, length = 64)
    private String key = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReminderStatus status = ReminderStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_MAX)
    private @Nullable String lastError;

    @Column(length = RECIPIENTS_MAX)
    private @Nullable String recipients;

    @Column(name = "fee_invoice_id")
    private @Nullable Long feeInvoiceId;

    @Column(name = "sent_by", length = 200)
    private @Nullable String sentBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    protected PaymentReminder() {}

    PaymentReminder(long invoiceId, int step, String key, Instant createdAt) {
        this.invoiceId = invoiceId;
        this.step = step;
        this.key = key;
        this.createdAt = createdAt;
    }

    /** The job's key of an invoice's step: the same on every node, so the unique key sees both. */
    static String keyOf(long invoiceId, int step) {
        return "reminder-" + invoiceId + "-" + step;
    }

    long getInvoiceId() {
        return invoiceId;
    }

    int getStep() {
        return step;
    }

    String getKey() {
        return key;
    }

    ReminderStatus getStatus() {
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
    Long getFeeInvoiceId() {
        return feeInvoiceId;
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

    void sent(Instant at, String by, String to, @Nullable Long feeInvoiceId) {
        status = ReminderStatus.SENT;
        sentAt = at;
        sentBy = by;
        recipients = to.length() > RECIPIENTS_MAX ? to.substring(0, RECIPIENTS_MAX) : to;
        this.feeInvoiceId = feeInvoiceId;
        lastError = null;
    }

    void skipped(String why) {
        status = ReminderStatus.SKIPPED;
        lastError = why;
    }

    void failed(String why) {
        attempts++;
        lastError = why.length() > ERROR_MAX ? why.substring(0, ERROR_MAX) : why;
    }
}
