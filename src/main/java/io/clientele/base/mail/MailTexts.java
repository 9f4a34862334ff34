package io.clientele.base.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of one kind of e-mail in one language, from the properties bundle of the feature that sends it (say
 * {@code billing-mail/messages*.properties}): the recipient's language, else the bundle's base file (English), never
 * the server's default locale. Kept apart from the UI bundles because they speak to clients and staff by e-mail.
 */
public final class MailTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    /** The texts of {@code bundle} (a base name such as {@code "billing-mail.messages"}) in {@code locale}. */
    public MailTexts(String bundle, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
    }

    /** A text with its placeholders filled in the language's formats (MessageFormat). */
    public String text(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
