package io.clientele.client.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.security.UserDirectory;
import io.clientele.client.Client;
import io.clientele.client.ClientFieldRules;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientService;
import io.clientele.client.ClientTags;
import io.clientele.client.ClientType;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import java.util.function.Consumer;
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
    final ClientTags tags;

    ClientEditors(
            ClientService clients,
            ClientGroupService groups,
            SettingsService settings,
            UserDirectory users,
            ClientFieldRules fieldRules,
            LeadSourceService leadSources,
            ClientTags tags) {
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

    /** Opens the editor for a stored client, read fresh from the database. */
    public ClientEditor openExisting(long id, Consumer<Client> onSaved) {
        ClientEditor editor = new ClientEditor(this, clients.get(id), onSaved);
        editor.open();
        return editor;
    }
}
