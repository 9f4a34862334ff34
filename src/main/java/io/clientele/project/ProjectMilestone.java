package io.clientele.project;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.jspecify.annotations.Nullable;

/** A share of a fixed-price project's price put on an invoice; gone again when the invoice is withdrawn. */
@Entity
@Table(name = "project_milestones")
class ProjectMilestone extends AbstractEntity {

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(nullable = false, precision = 5, scale = 2, updatable = false)
    private BigDecimal percent = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4, updatable = false)
    private BigDecimal amount = BigDecimal.ZERO;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    protected ProjectMilestone() {}

    ProjectMilestone(long projectId, long invoiceId, BigDecimal percent, BigDecimal amount) {
        this.projectId = projectId;
        this.invoiceId = invoiceId;
        this.percent = percent;
        this.amount = amount;
    }

    long getProjectId() {
        return projectId;
    }

    long getInvoiceId() {
        return invoiceId;
    }

    BigDecimal getPercent() {
        return percent;
    }
}
