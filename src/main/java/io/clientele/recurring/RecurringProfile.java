package io.clientele.recurring;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A client's invoice that repeats: its lines, how often, from when to when, and what the job does with each invoice.
 * {@link #generatedCount} is the index of the next period to bill; the job advances it under a row lock in the same
 * transaction that creates the invoice, so each period is billed once.
 */
@Entity
@Table(name = "recurring_profiles")
public class RecurringProfile extends AbstractEntity {

    public static final int TITLE_MAX = 200;
    public static final int EVERY_MAX = 12;
    public static final int COUNT_MAX = 1000;
    public static final int LINES_MAX = 50;

    /** Why a profile that billed its last period stopped. */
    public static final String REASON_COMPLETED = "recurring.reason.completed";

    /** An id, not an association: the client belongs to another feature. */
    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequency frequency = Frequency.MONTHLY;

    @Column(name = "every_n", nullable = false)
    private int every = 1;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate = LocalDate.EPOCH;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    /** How many invoices in all; null for no limit. */
    @Column(name = "max_count")
    private @Nullable Integer maxCount;

    @Column(name = "payment_days", nullable = false)
    private int paymentDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecurringMode mode = RecurringMode.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RecurringStatus status = RecurringStatus.ACTIVE;

    /** Why the job paused or stopped it (a translation key), for the user to see; null when a user did. */
    @Column(name = "status_reason", length = 100)
    private @Nullable String statusReason;

    /** The reason's message arguments (a client name, dates), one per line; null when it takes none. */
    @Column(name = "status_detail", length = 500)
    private @Nullable String statusDetail;

    @Column(name = "generated_count", nullable = false)
    private int generatedCount;

    /** The start of the next period to bill; null once no period is left. Kept so the job finds due profiles. */
    @Column(name = "next_date")
    private @Nullable LocalDate nextDate;

    @ElementCollection
    @CollectionTable(name = "recurring_profile_lines", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<RecurringLine> lines = new ArrayList<>();

    protected RecurringProfile() {}

    RecurringProfile(long clientId) {
        this.clientId = clientId;
    }

    /** The start of period {@code index}. */
    public LocalDate periodStart(long index) {
        return frequency.occurrence(startDate, every, index);
    }

    /** Whether period {@code index} lies beyond the end date or the number of invoices asked for. */
    public boolean beyondEnd(long index) {
        return (maxCount != null && index >= maxCount)
                || (endDate != null && periodStart(index).isAfter(endDate));
    }

    /** Recomputes {@link #nextDate} from the count; null once the profile has billed its last period. */
    void scheduleNext() {
        nextDate = beyondEnd(generatedCount) ? null : periodStart(generatedCount);
    }

    /** After billing a period: the next one, or stopped as complete when the end date or count is reached. */
    void advance() {
        generatedCount++;
        scheduleNext();
        if (nextDate == null) {
            changeStatus(RecurringStatus.STOPPED, REASON_COMPLETED);
        }
    }

    void changeStatus(RecurringStatus status, @Nullable String reason, Object... arguments) {
        this.status = status;
        this.statusReason = reason;
        String detail = String.join(
                "\n", java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        this.statusDetail = detail.isEmpty() ? null : detail.substring(0, Math.min(detail.length(), 500));
    }

    public long getClientId() {
        return clientId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public int getEvery() {
        return every;
    }

    public void setEvery(int every) {
        this.every = every;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(@Nullable LocalDate endDate) {
        this.endDate = endDate;
    }

    public @Nullable Integer getMaxCount() {
        return maxCount;
    }

    public void setMaxCount(@Nullable Integer maxCount) {
        this.maxCount = maxCount;
    }

    public int getPaymentDays() {
        return paymentDays;
    }

    public void setPaymentDays(int paymentDays) {
        this.paymentDays = paymentDays;
    }

    public RecurringMode getMode() {
        return mode;
    }

    public void setMode(RecurringMode mode) {
        this.mode = mode;
    }

    public RecurringStatus getStatus() {
        return status;
    }

    public @Nullable String getStatusReason() {
        return statusReason;
    }

    /** The arguments of {@link #getStatusReason()}'s message. */
    public Object[] getStatusArguments() {
        return statusDetail == null ? new Object[0] : statusDetail.split("\n", -1);
    }

    public int getGeneratedCount() {
        return generatedCount;
    }

    public @Nullable LocalDate getNextDate() {
        return nextDate;
    }

    public List<RecurringLine> getLines() {
        return lines;
    }

    public void setLines(List<RecurringLine> lines) {
        this.lines = new ArrayList<>(lines);
    }
}
