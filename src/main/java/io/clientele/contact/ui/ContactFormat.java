package io.clientele.contact.ui;

import com.vaadin.flow.component.UI;
import io.clientele.contact.Contact;
import io.clientele.contact.RecipientRole;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;

/** How contact values look in the tab and the dialog, in the user's language. */
final class ContactFormat {

    private ContactFormat() {}

    static String roleLabel(RecipientRole role) {
        UI ui = UI.getCurrent();
        return switch (role) {
            case TO -> ui.getTranslation("contact.role.to");
            case CC -> ui.getTranslation("contact.role.cc");
            case BCC -> ui.getTranslation("contact.role.bcc");
            case NONE -> ui.getTranslation("contact.role.none");
        };
    }

    /**
     * The proof of the contact's opt-in ("Consent given on 6 Dec 2026, 14:05 in the back office by Ada Admin"), or
     * null when none is recorded (no opt-in, or one given before dates were kept).
     */
    static @Nullable String consent(Contact contact) {
        if (!contact.isOptIn() || contact.getOptInAt() == null || contact.getOptInSource() == null) {
            return null;
        }
        UI ui = UI.getCurrent();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ui.getLocale())
                .withZone(ZoneId.systemDefault())
                .format(contact.getOptInAt());
        String where = switch (contact.getOptInSource()) {
            case BACK_OFFICE -> ui.getTranslation("contact.consent.source.back-office");
            case IMPORT -> ui.getTranslation("contact.consent.source.import");
        };
        String by = contact.getOptInBy();
        return by == null
                ? ui.getTranslation("contact.consent.given", when, where)
                : ui.getTranslation("contact.consent.given-by", when, where, by);
    }
}
