package io.clientele.dunning;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reminder schedule: up to three steps, each a number of days relative to the due date (negative: before it), and
 * an optional late fee. The row without a client is the installation's; a client's row may opt the client out of
 * reminders altogether, or replace the installation's steps and fee with its own.
 */
@Entity
@Table(name = "reminder_policies")
public class ReminderPolicy extends AbstractEntity {

    public static final int STEPS = 3;
    /** Earliest step: a reminder more than this many days before the due date would read as a second invoice. */
    public static final int DAYS_MIN = -60;

    public static final int DAYS_MAX = 365;
    public static final BigDecimal FEE_MAX = new BigDecimal("100000");

    @Column(name = "client_id", updatable = false)
    private @Nullable Long clientId;

    @Column(name = "opted_out", nullable = false)
    private boolean optedOut;

    @Column(name = "own_schedule", nullable = false)
    private boolean ownSchedule;

    @Column(name = "step1_days")
    private @Nullable Integer step1Days;

    @Column(name = "step2_days")
    private @Nullable Integer step2Days;

    @Column(name = "step3_days")
    private @Nullable Integer step3Days;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_kind", nullable = false, length = 10)
    private FeeKind feeKind = FeeKind.NONE;

    @Column(name = "fee_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal feeAmount = BigDecimal.ZERO;

    protected ReminderPolicy() {}

    /** A new override for a client: follows the installation's schedule, not opted out. */
    ReminderPolicy(long clientId) {
        this.clientId = clientId;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public boolean isOptedOut() {
        return optedOut;
    }

    public void setOptedOut(boolean optedOut) {
        this.optedOut = optedOut;
    }

    /** For a client: whether its own steps and fee apply instead of the installation's. */
    public boolean isOwnSchedule() {
        return ownSchedule;
    }

    public void setOwnSchedule(boolean ownSchedule) {
        this.ownSchedule = ownSchedule;
    }

    public @Nullable Integer getStep1Days() {
        return step1Days;
    }

    public void setStep1Days(@Nullable Integer days) {
        this.step1Days = days;
    }

    public @Nullable Integer getStep2Days() {
        return step2Days;
    }

    public void setStep2Days(@Nullable Integer days) {
        this.step2Days = days;
    }

    public @Nullable Integer getStep3Days() {
        return step3Days;
    }

    public void setStep3Days(@Nullable Integer days) {
        this.step3Days = days;
    }

    /** The days of step 1 to 3, null where a step is off. */
    public @Nullable Integer stepDays(int step) {
        return switch (step) {
            case 1 -> step1Days;
            case 2 -> step2Days;
            case 3 -> step3Days;
            default -> throw new IllegalArgumentException("step " + step);
        };
    }

    /** The days of the steps that are on, in step order. */
    public List<Integer> activeSteps() {
        List<Integer> days = new ArrayList<>();
        for (int step = 1; step <= STEPS; step++) {
            Integer d = stepDays(step);
            if (d != null) {
                days.add(d);
            }
        }
        return days;
    }

    public FeeKind getFeeKind() {
        return feeKind;
    }

    public void setFeeKind(FeeKind feeKind) {
        this.feeKind = feeKind;
    }

    public BigDecimal getFeeAmount() {
        return feeAmount;
    }

    public void setFeeAmount(BigDecimal feeAmount) {
        this.feeAmount = feeAmount;
    }

    /** Copies the schedule and fee (not the client or opt-out) from another policy. */
    void copySchedule(ReminderPolicy from) {
        step1Days = from.step1Days;
        step2Days = from.step2Days;
        step3Days = from.step3Days;
        feeKind = from.feeKind;
        feeAmount = from.feeAmount;
    }
}
