package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.FormKeys;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientService;
import io.clientele.client.DuplicateClientException;
import io.clientele.client.MandatoryFieldMissingException;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
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
    private final ClientEditors context;
    /** What the fields showed when the client was read: the base a conflict is measured against. */
    private final FormMerge merge = new FormMerge();

    @Nullable
    ConflictDialog conflict;

    @Nullable
    DuplicateDialog duplicate;

    ClientEditor(ClientEditors context, Client client, Consumer<Client> onSaved) {
        this.clients = context.clients;
        this.onSaved = onSaved;
        this.context = context;
        setId("client-editor");
        setHeaderTitle(getTranslation(client.isNew() ? "client.editor.new" : "client.editor.edit", client.getName()));
        setWidth("min(56rem, 95vw)");
        setCloseOnOutsideClick(false);
        form = new ClientForm(context, client);
        form.read(client);
        merge.opened(FormMerge.parts(form.binder()));
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
        getFooter().add(cancel, save);
        FormKeys.install(this, save, cancel, () -> merge.changed(FormMerge.parts(form.binder())));
    }

    private void save(Client client) {
        save(client, false);
    }

    /** @param createAnyway the user saw the likely duplicates and chose to create the client all the same */
    private void save(Client client, boolean createAnyway) {
        try {
            Client saved = client.isNew() ? clients.create(client, createAnyway) : clients.save(client);
            close();
            Notifications.success(getTranslation("client.saved", saved.getName()));
            onSaved.accept(saved);
        } catch (OptimisticLockingFailureException e) {
            showConflict(Objects.requireNonNull(client.getId()));
        } catch (ClientNotFoundException e) {
            Notifications.error(getTranslation("client.save.gone"));
        } catch (DuplicateClientException e) {
            duplicate = new DuplicateDialog(e.matches(), () -> save(client, true));
            duplicate.open();
        } catch (MandatoryFieldMissingException e) {
            form.inputs.show(e);
            Notifications.error(getTranslation(e.getMessageKey()));
        } catch (RuleViolationException e) {
            String message = getTranslation(e.getMessageKey(), e.getArguments());
            if (ClientParents.REFUSALS.contains(e.getMessageKey())) {
                // Issue 22: a refused parent company is said on its field; everything typed stays.
                form.parent.setErrorMessage(message);
                form.parent.setInvalid(true);
            }
            Notifications.error(message);
        }
    }

    /**
     * Someone saved this client since it was read: merge their changes into the form (see {@link FormMerge}) and save
     * on top of theirs, or ask about the fields both changed. The form keeps the user's input meanwhile.
     */
    private void showConflict(long id) {
        Client stored;
        try {
            stored = clients.get(id);
            // Custom fields (issue 22): theirs too, so that taking their version keeps their values.
            stored.setCustomValues(context.customFields.clientValues(id));
        } catch (ClientNotFoundException e) {
            Notifications.error(getTranslation("client.save.gone"));
            return;
        }
        ClientForm storedForm = new ClientForm(context, stored);
        storedForm.read(stored);
        conflict = merge.resolve(
                FormMerge.parts(form.binder()),
                FormMerge.parts(storedForm.binder()),
                () -> {
                    form.rebase(stored);
                    if (!form.writeIfValid()) {
                        Notifications.error(getTranslation("form.invalid"));
                    }
                },
                () -> form.read(stored));
    }
}
