package io.clientele.base.mail;

import java.util.Optional;

/** Where the templates a business changed are kept (implemented by the feature that owns them, settings). */
public interface MailTemplateOverrides {

    /** The changed subject and body of a kind in a language ({@code "de"}), or empty while the built-in one holds. */
    Optional<MailTemplateText> find(String kindId, String language);
}
