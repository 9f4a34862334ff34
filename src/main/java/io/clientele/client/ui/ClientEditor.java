package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientService;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The client form in a dialog: creates or edits one client through {@link ClientService}. On a failed save the
 * dialog stays open with everything the user typed, and says why.
 */
public class ClientEditor extends Dialog {

    final ClientForm form;
    final Button save = new Button();
    final Button cancel = new Button();
    private final ClientService clients;
    private final Consumer<Client> onSaved;

    ClientEditor(ClientEditors context, Client client, Consumer<Client> onSaved) {
        this.clients = context.clients;
        this.onSaved = onSaved;
        setId("client-editor");
        setHeaderTitle(getTranslation(client.isNew() ? "client.editor.new" : "client.editor.edit", client.getName()));
        setWidth("min(56rem, 95vw)");
        setCloseOnOutsideClick(false);
        form = new ClientForm(context, client);
        form.read(client);
        form.addSaveListener(e -> save(e.getClient()));
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("client-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!form.writeIfValid()) {
                Notifications.error(getTranslation("form.invalid"));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("client-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void save(Client client) {
        try {
            Client saved = clients.save(client);
            close();
            Notifications.success(getTranslation("client.saved", saved.getName()));
            onSaved.accept(saved);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("client.save.conflict"));
        } catch (ClientNotFoundException e) {
            Notifications.error(getTranslation("client.save.gone"));
        } catch (io.clientele.client.MandatoryFieldMissingException e) {
            form.inputs.show(e);
            Notifications.error(getTranslation(e.getMessageKey()));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
