package io.clientele.billing;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A bill to a client; its status follows from whether it was sent, viewed, paid and is past due. */
@Entity
@DiscriminatorValue("INVOICE")
public class Invoice extends BillingDocument {

    public static final int DISPUTE_REASON_MAX = 500;

    /**
     * Set while the client disputes the invoice: not printed and no part of the record, so it may change after issue
     * (like the internal notes); it pauses payment reminders.
     */
    @Column(name = "disputed_at")
    private @Nullable Instant disputedAt;

    @Column(name = "disputed_reason", length = DISPUTE_REASON_MAX)
    private @Nullable String disputedReason;

    /**
     * What this invoice was last counted with in the dashboard's open balances (as loaded, or as last tracked): the
     * ledger adds only the difference, so two changes to different invoices of one client never overwrite each other.
     * A stale copy cannot count twice: the version check on the invoice rolls its transaction back.
     */
    @Transient
    private OpenBalance counted = OpenBalance.NONE;

    /** Likewise the day this invoice was last counted under "due" on ({@link OpenBalance#dueOn}), if any. */
    @Transient
    private @Nullable LocalDate countedDue;

    /** Runs after {@link BillingDocument#normalizeScale}: superclass callbacks come first. */
    @PostLoad
    void rememberCounted() {
        counted = OpenBalance.of(this);
        countedDue = OpenBalance.dueOn(this);
    }

    OpenBalance counted() {
        return counted;
    }

    void counted(OpenBalance now) {
        counted = now;
    }

    @Nullable
    LocalDate countedDue() {
        return countedDue;
    }

    void countedDue(@Nullable LocalDate now) {
        countedDue = now;
    }

    @Override
    public DocumentType getType() {
        return DocumentType.INVOICE;
    }

    public InvoiceStatus getStatus() {
        return InvoiceStatus.valueOf(statusCode);
    }

    /**
     * The status the facts call for: draft until issued, cancelled once credit notes took back the whole total, paid
     * at zero balance, overdue once past the due date with money open, else viewed or sent.
     */
    void deriveStatus(LocalDate today) {
        InvoiceStatus status;
        if (!isIssued()) {
            status = InvoiceStatus.DRAFT;
        } else if (getTotal().signum() > 0 && getCreditedTotal().compareTo(getTotal()) >= 0) {
            status = InvoiceStatus.CANCELLED;
        } else if (getTotal().signum() > 0 && getBalance().signum() <= 0) {
            status = InvoiceStatus.PAID;
        } else if (getDueDate() != null
                && getDueDate().isBefore(today)
                && getBalance().signum() > 0) {
            status = InvoiceStatus.OVERDUE;
        } else if (getViewedAt() != null) {
            status = InvoiceStatus.VIEWED;
        } else {
            status = InvoiceStatus.SENT;
        }
        statusCode = status.name();
    }

    /** The overdue job's step: past due with money open (the query that found it checked both). */
    void markOverdue() {
        statusCode = InvoiceStatus.OVERDUE.name();
    }

    /** "Not paid": sent to the client and money still open. */
    public boolean isUnpaid() {
        InvoiceStatus s = getStatus();
        return (s == InvoiceStatus.SENT || s == InvoiceStatus.VIEWED || s == InvoiceStatus.OVERDUE)
                && getBalance().compareTo(BigDecimal.ZERO) > 0;
    }

    /** What remains to be credited: the total less what credit notes already took back. */
    public BigDecimal getCreditable() {
        return getTotal().subtract(getCreditedTotal());
    }

    /** Money the client paid beyond what it still owes after credit notes: to be paid back. */
    public BigDecimal getRefundDue() {
        return getBalance().signum() < 0
                ? getBalance().negate()
                : BigDecimal.ZERO.setScale(getBalance().scale());
    }

    public @Nullable Instant getDisputedAt() {
        return disputedAt;
    }

    public @Nullable String getDisputedReason() {
        return disputedReason;
    }

    public boolean isDisputed() {
        return disputedAt != null;
    }

    void dispute(@Nullable Instant at, @Nullable String reason) {
        this.disputedAt = at;
        this.disputedReason = reason;
    }

    /** Whether a payment reminder may go out for it: issued, money open, not paid, cancelled or disputed. */
    public boolean isRemindable() {
        return isUnpaid() && !isDisputed();
    }
}
