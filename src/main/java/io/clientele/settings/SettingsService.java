package io.clientele.settings;

import io.clientele.base.domain.LogoImage;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The installation's defaults and the list of payment terms. Everyone logged in reads; administrators change. */
@Service
@Transactional(readOnly = true)
public class SettingsService {

    private final SystemSettingsRepository settings;
    private final PaymentTermRepository paymentTerms;
    private final List<PaymentTermUsage> usages;
    private final JdbcClient jdbc;
    private final Clock clock;

    SettingsService(
            SystemSettingsRepository settings,
            PaymentTermRepository paymentTerms,
            List<PaymentTermUsage> usages,
            JdbcClient jdbc,
            Clock clock) {
        this.settings = settings;
        this.paymentTerms = paymentTerms;
        this.usages = usages;
        this.jdbc = jdbc;
        this.clock = clock;
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
        String iban = changed.getCompanyIban();
        if (iban != null && !ibanChecksumValid(iban)) {
            throw new RuleViolationException("einvoice.iban.checksum", iban);
        }
        return settings.saveAndFlush(changed);
    }

    /** ISO 13616 check digits: the IBAN, its first four characters moved to the end, letters as 10..35, mod 97 is 1. */
    static boolean ibanChecksumValid(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int mod = 0;
        for (char c : rearranged.toCharArray()) {
            int value = Character.getNumericValue(c);
            if (value < 0 || value > 35) {
                return false;
            }
            mod = (value > 9 ? mod * 100 + value : mod * 10 + value) % 97;
        }
        return mod == 1;
    }

    /**
     * How client forms take addresses now (Settings → Defaults). Read each time a form opens, so a change applies
     * without a restart; what each client has stored is never changed by it.
     */
    @PermitAll
    public AddressFormat addressFormat() {
        return jdbc.sql("select address_format from system_settings where id = ?")
                .param(SystemSettings.SINGLETON_ID)
                .query(String.class)
                .optional()
                .map(AddressFormat::valueOf)
                .orElse(AddressFormat.STRUCTURED);
    }

    /** All payment terms, shortest first. The list is short by nature (a handful of terms). */
    @PermitAll
    public List<PaymentTerm> paymentTerms() {
        return paymentTerms.findAllByOrderByDaysAscNameAsc();
    }

    /** The payment term with the id, if there is one (none for {@code null}). */
    @PermitAll
    public Optional<PaymentTerm> paymentTerm(@Nullable Long id) {
        return id == null ? Optional.empty() : paymentTerms.findById(id);
    }

    /** The days the payment term with the id gives; 0 without one (due on the issue day). */
    @PermitAll
    public int paymentDays(@Nullable Long termId) {
        return paymentTerm(termId).map(PaymentTerm::getDays).orElse(0);
    }

    /** Creates or renames a payment term; names are unique regardless of case. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public PaymentTerm save(PaymentTerm term) {
        String name = term.getName().strip();
        boolean taken = term.isNew()
                ? paymentTerms.existsByNameIgnoreCase(name)
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

    /** What client PDFs need from the settings, with the logo, in one round trip. */
    @PermitAll
    public PdfSettings pdfSettings() {
        return jdbc.sql("""
                select s.company_name, s.company_address, s.company_tax_id, s.default_language, s.pdf_in_client_language,
                  l.content,
                  l.content_type
                from system_settings s left join company_logo l on l.id = 1 where s.id = ?""")
                .param(SystemSettings.SINGLETON_ID)
                .query((rs, i) -> {
                    byte[] logo = rs.getBytes("content");
                    return new PdfSettings(
                            rs.getString("company_name"),
                            rs.getString("company_address"),
                            rs.getString("company_tax_id"),
                            rs.getString("default_language"),
                            rs.getBoolean("pdf_in_client_language"),
                            logo == null ? null : new CompanyLogo(logo, rs.getString("content_type")));
                })
                .optional()
                .orElseThrow(() -> new IllegalStateException("system_settings row 1 is missing"));
    }

    /** The company logo, if an administrator uploaded one. */
    @PermitAll
    public Optional<CompanyLogo> logo() {
        return jdbc.sql("select content, content_type from company_logo where id = 1")
                .query((rs, i) -> new CompanyLogo(rs.getBytes("content"), rs.getString("content_type")))
                .optional();
    }

    /**
     * Replaces the company logo: a PNG or JPEG of at most {@link LogoImage#MAX_BYTES} bytes and
     * {@link LogoImage#MAX_PIXELS} pixels a side, recognized by its content whatever its file name says.
     *
     * @throws RuleViolationException {@code logo.too-large}, {@code logo.type}, {@code logo.unreadable} or
     *     {@code logo.dimensions}
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public CompanyLogo saveLogo(byte[] content) {
        String type = LogoImage.check(content);
        jdbc.sql("delete from company_logo where id = 1").update();
        jdbc.sql("insert into company_logo (id, content, content_type, updated_at) values (1, ?, ?, ?)")
                .params(content, type, LocalDateTime.now(clock))
                .update();
        return new CompanyLogo(content, type);
    }

    /** Removes the company logo; PDFs show the company name alone again. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void removeLogo() {
        jdbc.sql("delete from company_logo where id = 1").update();
    }
}
