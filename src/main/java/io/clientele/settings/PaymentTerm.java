package io.clientele.settings;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.Named;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Net 30": how many days after the issue date an invoice falls due. */
@Entity
@Table(name = "payment_terms")
public class PaymentTerm extends AbstractEntity implements Named {

    public static final int NAME_MAX = 100;
    public static final int DAYS_MAX = 365;

    @NotBlank(message = "{settings.payment-term.name.required}")
    @Size(max = NAME_MAX)
    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name = "";

    @Min(value = 0, message = "{settings.payment-term.days.range}")
    @Max(value = DAYS_MAX, message = "{settings.payment-term.days.range}")
    @Column(nullable = false)
    private int days;

    public PaymentTerm() {}

    public PaymentTerm(String name, int days) {
        this.name = name;
        this.days = days;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setName(String name) {
        this.name = name;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    @Override
    public String toString() {
        return name;
    }
}
