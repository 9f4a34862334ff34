package io.clientele.base.mail;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The e-mail templates of every kind the features declare: what a kind says in a language (the business's version if
 * it changed it, else the built-in one) and that text rendered with a mail's values.
 */
@Component
public class MailTemplates {

    /** The languages templates are kept in; anything else is sent in English. */
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es");

    private final List<MailTemplateKind> kinds;
    private final ObjectProvider<MailTemplateOverrides> overrides;

    MailTemplates(List<MailTemplateKind> kinds, ObjectProvider<MailTemplateOverrides> overrides) {
        this.kinds = kinds.stream()
                .sorted(Comparator.comparingInt(MailTemplateKind::order))
                .toList();
        this.overrides = overrides;
    }

    /** Every kind, in the editor's order. */
    public List<MailTemplateKind> kinds() {
        return kinds;
    }

    /** The kind with this id, if some feature declares it. */
    public Optional<MailTemplateKind> kind(String id) {
        return kinds.stream().filter(k -> k.id().equals(id)).findFirst();
    }

    /** The language templates are looked up in for a recipient's language code: one of {@link #LANGUAGES}. */
    public static String language(@Nullable String languageOrTag) {
        if (languageOrTag == null || languageOrTag.isBlank()) {
            return "en";
        }
        String language = Locale.forLanguageTag(languageOrTag.strip()).getLanguage();
        return LANGUAGES.contains(language) ? language : "en";
    }

    /** The names of a kind's placeholders. */
    public static Set<String> names(MailTemplateKind kind) {
        return kind.placeholders().stream()
                .map(MailTemplateKind.Placeholder::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What a kind says in a language now: the business's version, else the built-in one. */
    public MailTemplateText current(String kindId, String language) {
        MailTemplateKind kind = kind(kindId).orElseThrow(() -> new IllegalArgumentException("No mail kind " + kindId));
        String lang = language(language);
        MailTemplateOverrides store = overrides.getIfAvailable();
        Optional<MailTemplateText> changed = store == null ? Optional.empty() : store.find(kindId, lang);
        return changed.orElseGet(() -> kind.defaults(Locale.forLanguageTag(lang)));
    }

    /** A kind's mail in the recipient's language, with {@code values} filled in (see {@link MailTemplate}). */
    public MailTemplateText render(String kindId, @Nullable String language, Map<String, String> values) {
        return render(current(kindId, language(language)), values);
    }

    /** A given template with {@code values} filled in. */
    public static MailTemplateText render(MailTemplateText template, Map<String, String> values) {
        return new MailTemplateText(
                MailTemplate.renderSubject(template.subject(), values),
                MailTemplate.renderBody(template.body(), values));
    }
}
