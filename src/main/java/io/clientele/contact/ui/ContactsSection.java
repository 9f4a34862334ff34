package io.clientele.contact.ui;

import io.clientele.client.ClientService;
import io.clientele.client.CustomFields;
import io.clientele.client.ui.ClientSection;
import io.clientele.contact.ContactService;
import java.util.List;
import org.springframework.stereotype.Component;

/** Contributes the Contacts tab to the client overview. */
@Component
class ContactsSection implements ClientSection {

    private final ContactService contacts;
    private final ClientService clients;
    private final CustomFields customFields;
    private final List<ContactAction> actions;

    ContactsSection(
            ContactService contacts, ClientService clients, CustomFields customFields, List<ContactAction> actions) {
        this.contacts = contacts;
        this.clients = clients;
        this.customFields = customFields;
        this.actions = actions;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "contact.section.title";
    }

    @Override
    public String id() {
        return "contacts";
    }

    @Override
    public com.vaadin.flow.component.Component create(long clientId, ClientContext context) {
        return new ContactsTab(
                contacts,
                new ContactEditing(contacts, clients, customFields),
                clientId,
                context.canEdit(),
                actions.stream().filter(ContactAction::visible).toList(),
                customFields);
    }
}
