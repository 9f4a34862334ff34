package io.clientele.settings;

import io.clientele.base.mail.MailTemplate;
import io.clientele.base.mail.MailTemplateKind;
import io.clientele.base.mail.MailTemplateText;
import io.clientele.base.mail.MailTemplates;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings → E-mail templates: administrators read, change, preview and reset the subject and body of each kind of
 * e-mail in each language. A change is stored as an override; resetting deletes it, and the built-in text holds again.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Roles.ADMIN)
public class MailTemplateService {

    private final MailTemplateRepository templates;
    private final MailTemplates mailTemplates;

    MailTemplateService(MailTemplateRepository templates, MailTemplates mailTemplates) {
        this.templates = templates;
        this.mailTemplates = mailTemplates;
    }

    /**
     * A template as the editor shows it.
     *
     * @param text       what is sent now
     * @param customized whether the business changed it (else {@code text} is the built-in one)
     * @param version    the stored row's version, for telling a concurrent change apart; null while not customized
     */
    public record EditedTemplate(
            MailTemplateText text,
            boolean customized,
            @Nullable Long version) {}

    /** Every kind of e-mail a template can be changed for, in the editor's order. */
    public List<MailTemplateKind> kinds() {
        return mailTemplates.kinds();
    }

    /** The template of a kind in a language (one of {@link MailTemplates#LANGUAGES}). */
    public EditedTemplate open(String kindId, String language) {
        MailTemplateKind kind = kind(kindId);
        String lang = MailTemplates.language(language);
        return templates
                .findByKindAndLanguage(kind.id(), lang)
                .map(t -> new EditedTemplate(new MailTemplateText(t.getSubject(), t.getBody()), true, t.getVersion()))
                .orElseGet(() -> new EditedTemplate(kind.defaults(Locale.forLanguageTag(lang)), false, null));
    }

    /**
     * Stores the business's version of a template.
     *
     * @param version the version {@link #open} returned (null if it was not customized then)
     * @throws io.clientele.base.domain.RuleViolationException see {@link MailTemplate#check}; unknown placeholders are
     *     named
     * @throws OptimisticLockingFailureException when someone changed or reset the template since it was opened
     */
    @Transactional
    public EditedTemplate save(String kindId, String language, MailTemplateText text, @Nullable Long version) {
        MailTemplateKind kind = kind(kindId);
        String lang = MailTemplates.language(language);
        MailTemplateText cleaned = new MailTemplateText(
                text.subject().strip(), text.body().replace("\r\n", "\n").strip() + "\n");
        MailTemplate.check(cleaned, MailTemplates.names(kind));
        Optional<MailTemplateOverride> stored = templates.findByKindAndLanguage(kind.id(), lang);
        Long storedVersion = stored.map(MailTemplateOverride::getVersion).orElse(null);
        if (!Objects.equals(storedVersion, version)) {
            throw new OptimisticLockingFailureException("Mail template " + kindId + "/" + lang + " changed meanwhile");
        }
        MailTemplateOverride row = stored.orElseGet(() -> new MailTemplateOverride(kind.id(), lang));
        row.change(cleaned.subject(), cleaned.body());
        MailTemplateOverride saved;
        try {
            saved = templates.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            // Two administrators customized the same template at once: the unique key lets one win, as @Version does.
            throw new OptimisticLockingFailureException("Mail template " + kindId + "/" + lang + " saved meanwhile", e);
        }
        return new EditedTemplate(cleaned, true, saved.getVersion());
    }

    /** Deletes the business's version of a template: the built-in one is sent again. Nothing happens if there is none. */
    @Transactional
    public EditedTemplate reset(String kindId, String language) {
        MailTemplateKind kind = kind(kindId);
        String lang = MailTemplates.language(language);
        templates.findByKindAndLanguage(kind.id(), lang).ifPresent(templates::delete);
        templates.flush();
        return new EditedTemplate(kind.defaults(Locale.forLanguageTag(lang)), false, null);
    }

    /**
     * The template as typed, checked like {@link #save} and rendered with the values of a real record the caller may
     * see; empty when the kind has no such record yet.
     */
    public Optional<MailTemplateText> preview(String kindId, String language, MailTemplateText text) {
        MailTemplateKind kind = kind(kindId);
        MailTemplate.check(text, MailTemplates.names(kind));
        Optional<Map<String, String>> values = kind.sample(Locale.forLanguageTag(MailTemplates.language(language)));
        return values.map(v -> MailTemplates.render(text, v));
    }

    private MailTemplateKind kind(String kindId) {
        return mailTemplates.kind(kindId).orElseThrow(() -> new IllegalArgumentException("No mail kind " + kindId));
    }
}
