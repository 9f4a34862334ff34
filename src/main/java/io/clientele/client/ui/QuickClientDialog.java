package io.clientele.client.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;

/** Type, name and email: enough to create a client now and fill in the rest later. */
class QuickClientDialog extends Dialog {

    final RadioButtonGroup<ClientType> type = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final Button save = new Button();

    private final ClientService clients;
    private final BeanValidationBinder<Client> binder = new BeanValidationBinder<>(Client.class);

    QuickClientDialog(ClientService clients) {
        this.clients = clients;
        setId("quick-client-dialog");
        setHeaderTitle(getTranslation("client.quick.title"));
        type.setId("quick-type");
        type.setLabel(getTranslation("client.field.type"));
        type.setItems(ClientType.values());
        type.setItemLabelGenerator(t -> getTranslation("client.type." + t.name()));
        name.setId("quick-name");
        name.setLabel(getTranslation("client.field.name"));
        name.setMaxLength(Client.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        email.setId("quick-email");
        email.setLabel(getTranslation("client.field.email"));
        email.setMaxLength(Client.EMAIL_MAX);
        email.setWidthFull();
        binder.forField(type).asRequired().bind("type");
        binder.forField(name).withNullRepresentation("").bind("name");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.readBean(clients.newClient(ClientType.COMPANY));
        add(new FormLayout(type, name, email));

        save.setId("quick-save");
        save.setText(getTranslation("client.quick.create"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save() {
        Client client = clients.newClient(type.getValue() == null ? ClientType.COMPANY : type.getValue());
        if (!binder.writeBeanIfValid(client)) {
            return;
        }
        try {
            Client saved = clients.save(client);
            close();
            long id = saved.getId() == null ? 0 : saved.getId();
            Notifications.withAction(getTranslation("client.quick.created", saved.getName()),
                    getTranslation("client.quick.open"), () -> ClientOverviewView.open(id));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
