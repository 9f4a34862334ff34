package io.clientele.contact.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientService;
import io.clientele.client.CustomFields;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactNotFoundException;
import io.clientele.contact.ContactService;
import io.clientele.contact.TrashResult;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * What the contacts tab and the "Add contact" menu entry do with a contact: open the dialog and save what it fires,
 * make primary, trash with undo, restore. The one place that calls {@link ContactService} for changes and tells the
 * user, in their language, why a change failed.
 */
final class ContactEditing {

    private final ContactService contacts;
    private final ClientService clients;
    private final CustomFields customFields;

    ContactEditing(ContactService contacts, ClientService clients, CustomFields customFields) {
        this.contacts = contacts;
        this.clients = clients;
        this.customFields = customFields;
    }

    /** Opens the dialog for a new contact of the client; nothing happens if the client is gone. */
    @Nullable
    ContactDialog openNew(long clientId, Runnable afterChange) {
        return open(() -> contacts.newContact(clientId), clientId, afterChange);
    }

    /** Opens the dialog for a stored contact, read fresh from the database. */
    @Nullable
    ContactDialog openEdit(long contactId, long clientId, Runnable afterChange) {
        return open(() -> withCustomValues(contacts.get(contactId), clientId), clientId, afterChange);
    }

    private @Nullable ContactDialog open(Supplier<Contact> load, long clientId, Runnable afterChange) {
        Contact contact;
        try {
            contact = load.get();
        } catch (RuntimeException e) {
            report(e);
            afterChange.run();
            return null;
        }
        ContactDialog dialog = new ContactDialog(contact, contacts.summary(clientId), clients, customFields);
        dialog.addSaveListener(e -> save(dialog, e.getContact(), clientId, afterChange));
        dialog.open();
        return dialog;
    }

    /** On failure the dialog stays open with everything the user typed, and a notification says why. */
    private void save(ContactDialog dialog, Contact contact, long clientId, Runnable afterChange) {
        try {
            Contact saved = contacts.save(contact);
            dialog.close();
            Notifications.success(t("contact.saved", saved.getName()));
            afterChange.run();
        } catch (OptimisticLockingFailureException e) {
            showConflict(dialog, Objects.requireNonNull(contact.getId()), clientId);
        } catch (RuntimeException e) {
            report(e);
        }
    }

    /**
     * Someone saved the contact meanwhile: keep their changes to fields the user did not touch and save on top, or
     * ask about the fields both changed.
     */
    private void showConflict(ContactDialog dialog, long contactId, long clientId) {
        Contact stored;
        try {
            stored = withCustomValues(contacts.get(contactId), clientId);
        } catch (RuntimeException e) {
            report(e);
            return;
        }
        ContactDialog storedCopy = new ContactDialog(stored, contacts.summary(clientId), clients, customFields);
        dialog.merge.resolve(
                FormMerge.parts(dialog.binder()),
                FormMerge.parts(storedCopy.binder()),
                () -> dialog.saveOnto(stored),
                () -> dialog.reload(stored));
    }

    /** The contact with its custom values (issue 22) loaded, so the dialog shows and keeps them. */
    private Contact withCustomValues(Contact contact, long clientId) {
        contact.setCustomValues(contacts.customValues(clientId, Objects.requireNonNull(contact.getId())));
        return contact;
    }

    void makePrimary(long contactId, Runnable afterChange) {
        try {
            Contact primary = contacts.makePrimary(contactId);
            Notifications.success(t("contact.primary.done", primary.getName()));
        } catch (RuntimeException e) {
            report(e);
        }
        afterChange.run();
    }

    void confirmTrash(long contactId, String name, Runnable afterChange) {
        ConfirmDialog confirm = confirmDialog(
                "confirm-contact-trash",
                t("contact.trash.confirm.title"),
                t("contact.trash.confirm.text", name),
                t("contact.trash.confirm.button"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> trash(contactId, name, afterChange));
        confirm.open();
    }

    private void trash(long contactId, String name, Runnable afterChange) {
        TrashResult result;
        try {
            result = contacts.trash(contactId);
        } catch (RuntimeException e) {
            report(e);
            afterChange.run();
            return;
        }
        afterChange.run();
        // Trashing the primary promotes nobody: the user is asked to choose (and the tab shows a banner until then).
        String text = result.needsNewPrimary() ? t("contact.trash.done-primary", name) : t("contact.trash.done", name);
        Notifications.withAction(text, t("action.undo"), () -> restore(contactId, afterChange));
    }

    void confirmRestore(long contactId, String name, Runnable afterChange) {
        ConfirmDialog confirm = confirmDialog(
                "confirm-contact-restore",
                t("contact.restore.confirm.title"),
                t("contact.restore.confirm.text", name),
                t("contact.restore.confirm.button"));
        confirm.addConfirmListener(e -> restore(contactId, afterChange));
        confirm.open();
    }

    private void restore(long contactId, Runnable afterChange) {
        try {
            Contact restored = contacts.restore(contactId);
            Notifications.success(
                    restored.isLivePrimary()
                            ? t("contact.restore.done-primary", restored.getName())
                            : t("contact.restore.done", restored.getName()));
        } catch (RuntimeException e) {
            report(e);
        }
        afterChange.run();
    }

    private static ConfirmDialog confirmDialog(String id, String header, String text, String confirmText) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(id);
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.setConfirmText(confirmText);
        return confirm;
    }

    /** Tells the user why a change failed; anything unexpected is not swallowed. */
    private static void report(RuntimeException e) {
        switch (e) {
            case OptimisticLockingFailureException conflict -> Notifications.error(t("contact.save.conflict"));
            case ContactNotFoundException gone -> Notifications.error(t("contact.gone"));
            case ClientNotFoundException gone -> Notifications.error(t("contact.client-gone"));
            case RuleViolationException rule -> Notifications.error(t(rule.getMessageKey(), rule.getArguments()));
            default -> throw e;
        }
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
