package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.FormKeys;
import io.clientele.base.ui.Notifications;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.DuplicateClientException;
import io.clientele.client.MandatoryFieldMissingException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Type, name and email: enough to create a client now and fill in the rest later. */
class QuickClientDialog extends Dialog {

    final RadioButtonGroup<ClientType> type = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final TextField email = new TextField();
    final Button save = new Button();

    final DuplicateWarning duplicates;
    final ClientFieldInputs inputs;
    // Custom fields (issue 22): the mandatory ones.
    final CustomFieldInputs customFields;

    private final ClientService clients;

    @Nullable
    DuplicateDialog duplicate;

    private final BeanValidationBinder<Client> binder = new BeanValidationBinder<>(Client.class);

    QuickClientDialog(ClientEditors editors) {
        this.clients = editors.clients;
        this.inputs = editors.fieldInputs(binder, "quick");
        this.customFields = editors.mandatoryCustomFieldInputs(getLocale(), "quick", key -> getTranslation(key));
        this.duplicates = new DuplicateWarning(clients, "quick-duplicates");
        setId("quick-client-dialog");
        setHeaderTitle(getTranslation("client.quick.title"));
        type.setId("quick-type");
        type.setLabel(getTranslation("client.field.type"));
        type.setItems(ClientType.values());
        type.setItemLabelGenerator(t -> getTranslation("client.type." + t.name()));
        name.setId("quick-name");
        name.setLabel(getTranslation("client.field.name"));
        Fields.limit(name, Client.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        email.setId("quick-email");
        email.setLabel(getTranslation("client.field.email"));
        Fields.limit(email, Client.EMAIL_MAX);
        email.setWidthFull();
        binder.forField(type).asRequired().bind("type");
        binder.forField(name).withNullRepresentation("").bind("name");
        inputs.rule(ClientField.EMAIL, email, binder.forField(email))
                .withNullRepresentation("")
                .bind("email");
        FormLayout form = new FormLayout(type, name, email);
        // Fields an administrator made mandatory are asked for here too, after the three the dialog always has.
        for (ClientField field : inputs.mandatory()) {
            if (field != ClientField.EMAIL) {
                form.add(inputs.create(field));
            }
        }
        // So are mandatory custom fields (issue 22).
        customFields.components().forEach(form::add);
        binder.readBean(clients.newClient(ClientType.COMPANY));
        name.addValueChangeListener(e -> duplicates.check(email.getValue(), null, name.getValue()));
        email.addValueChangeListener(e -> duplicates.check(email.getValue(), null, name.getValue()));
        add(duplicates, form);

        save.setId("quick-save");
        save.setText(getTranslation("client.quick.create"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"));
        cancel.setId("quick-cancel");
        getFooter().add(cancel, save);
        FormKeys.install(this, save, cancel, binder::hasChanges);
    }

    private void save() {
        Client client = clients.newClient(type.getValue() == null ? ClientType.COMPANY : type.getValue());
        boolean valid = binder.writeBeanIfValid(client);
        Map<Long, Object> custom = customFields.writeIfValid((key, arguments) -> getTranslation(key, arguments));
        if (!valid || custom == null) {
            return;
        }
        client.setCustomValues(custom);
        create(client, false);
    }

    /** @param createAnyway the user saw the likely duplicates and chose to create the client all the same */
    private void create(Client client, boolean createAnyway) {
        try {
            Client saved = clients.create(client, createAnyway);
            close();
            long id = saved.getId() == null ? 0 : saved.getId();
            Notifications.withAction(
                    getTranslation("client.quick.created", saved.getName()),
                    getTranslation("client.quick.open"),
                    () -> ClientOverviewView.open(id));
        } catch (DuplicateClientException e) {
            duplicate = new DuplicateDialog(e.matches(), () -> create(client, true));
            duplicate.open();
        } catch (MandatoryFieldMissingException e) {
            inputs.show(e);
            Notifications.error(getTranslation(e.getMessageKey()));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
