package io.clientele.billing;

import io.clientele.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.CreationTimestamp;
import org.jspecify.annotations.Nullable;

/** Money received against one invoice; partial payments add up, never beyond the open balance. */
@Entity
@Table(name = "payments")
public class Payment extends AbstractEntity {

    public static final int REFERENCE_MAX = 100;
    public static final int NOTE_MAX = 1000;

    @NotBlank(message = "{billing.payment.reference.required}")
    @Size(max = REFERENCE_MAX)
    @Column(nullable = false, length = REFERENCE_MAX)
    private String reference = "";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invoice_id", updatable = false)
    private @Nullable Invoice invoice;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @NotNull(message = "{billing.payment.amount.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{billing.payment.amount.positive}")
    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount = BigDecimal.ZERO;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency = "EUR";

    @NotNull(message = "{billing.payment.date.required}")
    @Column(name = "payment_date", nullable = false)
    private LocalDate date = LocalDate.now();

    @Size(max = NOTE_MAX)
    @Column(length = NOTE_MAX)
    private @Nullable String note;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private @Nullable Instant createdAt;

    public Payment() {}

    void assign(Invoice invoice) {
        this.invoice = invoice;
        this.clientId =
                invoice.getClient().getId() == null ? 0 : invoice.getClient().getId();
        this.currency = invoice.getCurrency();
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public @Nullable Invoice getInvoice() {
        return invoice;
    }

    public long getClientId() {
        return clientId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public @Nullable String getNote() {
        return note;
    }

    public void setNote(@Nullable String note) {
        this.note = note;
    }
}
