package io.clientele.project;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * Work done for one client, charged by the hour or at a fixed price. The client and the members are held as ids:
 * clients and accounts belong to other features, which the project reaches through their public services.
 */
@Entity
@Table(name = "projects")
public class Project extends AbstractEntity {

    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    /** DECIMAL(19,4): 15 integer digits and 4 decimals, enough for any rate or price in any currency. */
    public static final int MONEY_INTEGER_DIGITS = 15;

    public static final int MONEY_FRACTION_DIGITS = 4;

    @NotBlank(message = "{project.name.required}")
    @Size(max = NAME_MAX, message = "{project.name.too-long}")
    @Column(nullable = false, length = NAME_MAX)
    private String name = "";

    @NotNull(message = "{project.client.required}")
    @Column(name = "client_id", nullable = false)
    private @Nullable Long clientId;

    @NotNull(message = "{project.start.required}")
    @Column(name = "start_date", nullable = false)
    private @Nullable LocalDate startDate;

    /** Open-ended when null; otherwise never before the start (see ProjectService). */
    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @NotNull(message = "{project.billing-method.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "billing_method", nullable = false, length = 10)
    private BillingMethod billingMethod = BillingMethod.HOURLY;

    /** In the client's currency; set exactly when the project is billed hourly. */
    @DecimalMin(value = "0", inclusive = false, message = "{project.rate.positive}")
    @Digits(integer = MONEY_INTEGER_DIGITS, fraction = MONEY_FRACTION_DIGITS, message = "{project.amount.digits}")
    @Column(name = "hourly_rate", precision = 19, scale = 4)
    private @Nullable BigDecimal hourlyRate;

    /** In the client's currency; set exactly when the project has a fixed price. */
    @DecimalMin(value = "0", message = "{project.fixed-cost.not-negative}")
    @Digits(integer = MONEY_INTEGER_DIGITS, fraction = MONEY_FRACTION_DIGITS, message = "{project.amount.digits}")
    @Column(name = "fixed_cost", precision = 19, scale = 4)
    private @Nullable BigDecimal fixedCost;

    @ElementCollection
    @CollectionTable(name = "project_members", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    @Size(max = DESCRIPTION_MAX, message = "{project.description.too-long}")
    @Column(length = DESCRIPTION_MAX)
    private @Nullable String description;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private @Nullable Instant updatedAt;

    public Project() {}

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public void setClientId(@Nullable Long clientId) {
        this.clientId = clientId;
    }

    public @Nullable LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(@Nullable LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public BillingMethod getBillingMethod() {
        return billingMethod;
    }

    public void setBillingMethod(BillingMethod billingMethod) {
        this.billingMethod = billingMethod;
    }

    public @Nullable BigDecimal getHourlyRate() {
        return hourlyRate;
    }

    public void setHourlyRate(@Nullable BigDecimal hourlyRate) {
        this.hourlyRate = hourlyRate;
    }

    public @Nullable BigDecimal getFixedCost() {
        return fixedCost;
    }

    public void setFixedCost(@Nullable BigDecimal fixedCost) {
        this.fixedCost = fixedCost;
    }

    public Set<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Set<Long> memberIds) {
        this.memberIds = new HashSet<>(memberIds);
    }

    public @Nullable String getDescription() {
        return description;
    }

    public void setDescription(@Nullable String description) {
        this.description = description;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }
}
