package io.clientele.recurring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One billed period of a profile and the invoice made for it. Unique per (profile, period index): the database's last
 * word against billing a period twice, whatever two nodes do. Written once by the job, never edited.
 */
@Entity
@Table(name = "recurring_runs")
class RecurringRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "period_index", nullable = false, updatable = false)
    private int periodIndex;

    @Column(name = "period_start", nullable = false, updatable = false)
    private LocalDate periodStart = LocalDate.EPOCH;

    /** An id, not a foreign key: a draft the job made may be deleted by a user; the run then says so. */
    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.EPOCH;

    protected RecurringRun() {}

    RecurringRun(long profileId, int periodIndex, LocalDate periodStart, long invoiceId, Instant createdAt) {
        this.profileId = profileId;
        this.periodIndex = periodIndex;
        this.periodStart = periodStart;
        this.invoiceId = invoiceId;
        this.createdAt = createdAt;
    }

    int getPeriodIndex() {
        return periodIndex;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    long getInvoiceId() {
        return invoiceId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
