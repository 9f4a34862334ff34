package io.clientele.base.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of e-mail whose texts the business may change under Settings → E-mail templates, declared as a Spring bean
 * by the feature that sends it, so that neither the template editor nor {@code base} knows the feature.
 */
public interface MailTemplateKind {

    /** Stable id, stored with a customized template ({@code "invoice"}); at most 40 characters. */
    String id();

    /** Position in the editor's list, lowest first. */
    int order();

    /** Translation key (UI bundle) of the kind's name in the editor. */
    String titleKey();

    /** The placeholders this kind fills, each with the translation key (UI bundle) of what it stands for. */
    List<Placeholder> placeholders();

    /** The built-in subject and body in {@code locale}: what is sent while the business has not changed them. */
    MailTemplateText defaults(Locale locale);

    /**
     * Values for a preview, from a real record the caller may see (the latest issued invoice, say), formatted for
     * {@code locale}; empty when there is no such record yet.
     */
    Optional<Map<String, String>> sample(Locale locale);

    /** A placeholder's name ({@code client.name}, written {@code {client.name}}) and its description's key. */
    record Placeholder(String name, String descriptionKey) {}
}
