package io.clientele.base.mail;

import java.util.Locale;
import java.util.ResourceBundle;

/** The subject and body of an e-mail template, as written (placeholders not filled), or as rendered. */
public record MailTemplateText(String subject, String body) {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * A built-in template from a feature's mail bundle: the raw texts of {@code key.subject} and {@code key.body} in
     * {@code locale} (else the bundle's base file), read as they stand, with named placeholders, not MessageFormat.
     */
    public static MailTemplateText fromBundle(String bundle, String key, Locale locale) {
        ResourceBundle texts = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
        return new MailTemplateText(texts.getString(key + ".subject"), texts.getString(key + ".body"));
    }
}
