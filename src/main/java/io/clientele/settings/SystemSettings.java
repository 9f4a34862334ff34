package io.clientele.settings;

import io.clientele.base.domain.AbstractEntityWithAssignedId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** The installation's defaults, one row; administrators change them under Settings. */
@Entity
@Table(name = "system_settings")
public class SystemSettings extends AbstractEntityWithAssignedId {

    public static final long SINGLETON_ID = 1L;

    @NotBlank
    @Pattern(regexp = "[A-Z]{3}")
    @Column(name = "default_currency", nullable = false, length = 3)
    private String defaultCurrency = "EUR";

    @NotBlank
    @Column(name = "default_language", nullable = false, length = 8)
    private String defaultLanguage = "en";

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "default_payment_terms_id")
    private @Nullable PaymentTerm defaultPaymentTerm;

    protected SystemSettings() {
    }

    public String getDefaultCurrency() {
        return defaultCurrency;
    }

    public void setDefaultCurrency(String defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public @Nullable PaymentTerm getDefaultPaymentTerm() {
        return defaultPaymentTerm;
    }

    public void setDefaultPaymentTerm(@Nullable PaymentTerm defaultPaymentTerm) {
        this.defaultPaymentTerm = defaultPaymentTerm;
    }
}
