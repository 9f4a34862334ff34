package io.clientele.contact.ui;

import com.vaadin.flow.component.UI;
import io.clientele.contact.RecipientRole;

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
}
