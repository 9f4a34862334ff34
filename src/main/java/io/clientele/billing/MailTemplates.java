package io.clientele.billing;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of document e-mails, from {@code billing-mail/messages*.properties}: the client's language, else English
 * (never the server's default locale). Kept apart from the UI bundles because they speak to clients, not to staff.
 */
final class MailTemplates {

    private static final String BUNDLE = "billing-mail.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    MailTemplates(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    /** A text with its placeholders filled; arguments are passed as strings, already formatted for the locale. */
    String text(String key, String... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
