package io.clientele.settings;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Currency;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The installation's defaults and the list of payment terms. Everyone logged in reads; administrators change. */
@Service
@Transactional(readOnly = true)
public class SettingsService {

    private final SystemSettingsRepository settings;
    private final PaymentTermRepository paymentTerms;
    private final List<PaymentTermUsage> usages;

    SettingsService(SystemSettingsRepository settings, PaymentTermRepository paymentTerms,
            List<PaymentTermUsage> usages) {
        this.settings = settings;
        this.paymentTerms = paymentTerms;
        this.usages = usages;
    }

    /** The current defaults that new clients take. */
    @PermitAll
    public SystemSettings get() {
        return settings.findById(SystemSettings.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("system_settings row 1 is missing"));
    }

    /**
     * Saves changed defaults. A stale copy fails with {@code OptimisticLockingFailureException}.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public SystemSettings save(SystemSettings changed) {
        try {
            Currency.getInstance(changed.getDefaultCurrency());
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("settings.currency.invalid", changed.getDefaultCurrency());
        }
        return settings.saveAndFlush(changed);
    }

    /** All payment terms, shortest first. The list is short by nature (a handful of terms). */
    @PermitAll
    public List<PaymentTerm> paymentTerms() {
        return paymentTerms.findAllByOrderByDaysAscNameAsc();
    }

    /** Creates or renames a payment term; names are unique regardless of case. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public PaymentTerm save(PaymentTerm term) {
        String name = term.getName().strip();
        boolean taken = term.isNew() ? paymentTerms.existsByNameIgnoreCase(name)
                : paymentTerms.existsByNameIgnoreCaseAndIdNot(name, term.getId());
        if (taken) {
            throw new RuleViolationException("settings.payment-term.name.taken", name);
        }
        term.setName(name);
        return paymentTerms.saveAndFlush(term);
    }

    /** Deletes a payment term nobody uses; the default term and terms in use are refused with the count. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void delete(PaymentTerm term) {
        long id = term.getId() == null ? 0 : term.getId();
        PaymentTerm defaultTerm = get().getDefaultPaymentTerm();
        if (defaultTerm != null && defaultTerm.getId() != null && defaultTerm.getId() == id) {
            throw new RuleViolationException("settings.payment-term.is-default", term.getName());
        }
        long users = usages.stream().mapToLong(u -> u.countUsing(id)).sum();
        if (users > 0) {
            throw new RuleViolationException("settings.payment-term.in-use", term.getName(), users);
        }
        paymentTerms.deleteById(id);
    }
}
