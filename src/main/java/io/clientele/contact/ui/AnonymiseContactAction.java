package io.clientele.contact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.client.PersonalDataService;
import org.springframework.stereotype.Component;

/**
 * A contact's Options → "Anonymise…" (ADMIN): a person's request to be forgotten, for that person only; the client
 * and its other people stay. Asks first: it cannot be undone.
 */
@Component
class AnonymiseContactAction implements ContactAction {

    private final PersonalDataService personalData;
    private final CurrentUser user;

    AnonymiseContactAction(PersonalDataService personalData, CurrentUser user) {
        this.personalData = personalData;
        this.user = user;
    }

    @Override
    public String labelKey() {
        return "gdpr.contact.anonymise.action";
    }

    @Override
    public String id() {
        return "anonymise-contact";
    }

    @Override
    public boolean visible() {
        return user.hasRole(Roles.ADMIN);
    }

    @Override
    public void run(long clientId, long contactId, String contactName, Runnable afterChange) {
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-anonymise-contact");
        confirm.setHeader(ui.getTranslation("gdpr.anonymise.title", contactName));
        confirm.setText(ui.getTranslation("gdpr.contact.anonymise.text", contactName));
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("gdpr.anonymise.button"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            personalData.anonymiseContact(clientId, contactId);
            Notifications.success(ui.getTranslation("gdpr.anonymise.done"));
            afterChange.run();
        });
        confirm.open();
    }
}
