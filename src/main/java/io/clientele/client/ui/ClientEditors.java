package io.clientele.client.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.security.UserDirectory;
import io.clientele.client.Client;
import io.clientele.client.ClientFieldRules;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientService;
import io.clientele.client.ClientTags;
import io.clientele.client.ClientType;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFields;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Opens the client editor with what its form needs, so views only say which client and what to do after saving. */
@Component
public class ClientEditors {

    final ClientService clients;
    final ClientGroupService groups;
    final SettingsService settings;
    final UserDirectory users;
    final ClientFieldRules fieldRules;
    final LeadSourceService leadSources;
    final ClientParents parents;
    final CustomFields customFields;
    final ClientTags tags;

    ClientEditors(
            ClientService clients,
            ClientGroupService groups,
            SettingsService settings,
            UserDirectory users,
            ClientFieldRules fieldRules,
            LeadSourceService leadSources,
            ClientParents parents,
            CustomFields customFields,
            ClientTags tags) {
        this.parents = parents;
        this.customFields = customFields;
        this.tags = tags;
        this.fieldRules = fieldRules;
        this.leadSources = leadSources;
        this.clients = clients;
        this.groups = groups;
        this.settings = settings;
        this.users = users;
    }

    /** Opens the editor for a new client with the installation's defaults. */
    public ClientEditor openNew(Consumer<Client> onSaved) {
        ClientEditor editor = new ClientEditor(this, clients.newClient(ClientType.COMPANY), onSaved);
        editor.open();
        return editor;
    }

    /** The inputs for the configurable client fields, with the administrator's current mandatory rules. */
    public ClientFieldInputs fieldInputs(BeanValidationBinder<Client> binder, String idPrefix) {
        return new ClientFieldInputs(binder, fieldRules.mandatory(), leadSources, users, idPrefix);
    }

    /** The inputs for the custom fields of clients (issue 22), as the administrator defined them now. */
    CustomFieldInputs customFieldInputs(Locale locale, String idPrefix, Function<String, String> translate) {
        return new CustomFieldInputs(
                customFields.fields(CustomFieldOwner.CLIENT), customFields, locale, idPrefix, translate);
    }

    /** The inputs for the mandatory custom fields only, for dialogs that ask for the mandatory fields alone. */
    CustomFieldInputs mandatoryCustomFieldInputs(Locale locale, String idPrefix, Function<String, String> translate) {
        return new CustomFieldInputs(
                customFields.fields(CustomFieldOwner.CLIENT).stream()
                        .filter(CustomField::isMandatory)
                        .toList(),
                customFields,
                locale,
                idPrefix,
                translate);
    }

    /** Opens the editor for a stored client, read fresh from the database, with its custom values. */
    public ClientEditor openExisting(long id, Consumer<Client> onSaved) {
        Client client = clients.get(id);
        client.setCustomValues(customFields.clientValues(id));
        ClientEditor editor = new ClientEditor(this, client, onSaved);
        editor.open();
        return editor;
    }
}
