package io.clientele.contact.ui;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.client.ClientService;
import io.clientele.client.CustomFields;
import io.clientele.client.ui.ClientAction;
import io.clientele.contact.ContactService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Add contact" in a client's Options menu, in the client list and on the overview. */
@Component
@Order(10)
class AddContactAction implements ClientAction {

    private final ContactService contacts;
    private final ClientService clients;
    private final CustomFields customFields;
    private final CurrentUser currentUser;

    AddContactAction(
            ContactService contacts, ClientService clients, CustomFields customFields, CurrentUser currentUser) {
        this.contacts = contacts;
        this.clients = clients;
        this.customFields = customFields;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "contact.action.add";
    }

    @Override
    public String id() {
        return "add-contact";
    }

    @Override
    public boolean isAvailable() {
        return currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
    }

    @Override
    public void run(long clientId, Runnable afterChange) {
        new ContactEditing(contacts, clients, customFields).openNew(clientId, afterChange);
    }
}
