package io.clientele.project;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** Hours one user worked on one project on one day. */
@Entity
@Table(name = "time_entries")
public class TimeEntry extends AbstractEntity {

    public static final int DESCRIPTION_MAX = 1000;
    public static final String MAX_HOURS = "24";

    @NotNull(message = "{project.time.project.required}")
    @Column(name = "project_id", nullable = false)
    private @Nullable Long projectId;

    @NotNull(message = "{project.time.user.required}")
    @Column(name = "user_id", nullable = false)
    private @Nullable Long userId;

    @NotNull(message = "{project.time.date.required}")
    @Column(name = "work_date", nullable = false)
    private @Nullable LocalDate workDate;

    @NotNull(message = "{project.time.hours.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{project.time.hours.range}")
    @DecimalMax(value = MAX_HOURS, message = "{project.time.hours.range}")
    @Digits(integer = 2, fraction = 2, message = "{project.time.hours.digits}")
    @Column(nullable = false, precision = 7, scale = 2)
    private @Nullable BigDecimal hours;

    @Size(max = DESCRIPTION_MAX, message = "{project.time.description.too-long}")
    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @Column(nullable = false)
    private boolean billable = true;

    /** The invoice this entry was billed on; null while unbilled. Set and cleared by {@link TimeInvoicing} only. */
    @Column(name = "invoice_id", insertable = false, updatable = false)
    private @Nullable Long invoiceId;

    @Column(name = "invoice_line_id", insertable = false, updatable = false)
    private @Nullable Long invoiceLineId;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    public TimeEntry() {}

    public @Nullable Long getProjectId() {
        return projectId;
    }

    public void setProjectId(@Nullable Long projectId) {
        this.projectId = projectId;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public void setUserId(@Nullable Long userId) {
        this.userId = userId;
    }

    public @Nullable LocalDate getWorkDate() {
        return workDate;
    }

    public void setWorkDate(@Nullable LocalDate workDate) {
        this.workDate = workDate;
    }

    public @Nullable BigDecimal getHours() {
        return hours;
    }

    public void setHours(@Nullable BigDecimal hours) {
        this.hours = hours;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public boolean isBillable() {
        return billable;
    }

    public void setBillable(boolean billable) {
        this.billable = billable;
    }

    public @Nullable Long getInvoiceId() {
        return invoiceId;
    }

    public @Nullable Long getInvoiceLineId() {
        return invoiceLineId;
    }

    /** Billed: on an invoice; its hours, date, project and billable flag are then what the invoice charged. */
    public boolean isBilled() {
        return invoiceId != null;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }
}
