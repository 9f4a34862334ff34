package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.account.AccountRow;
import io.clientele.account.AccountService;
import io.clientele.account.AccountType;
import io.clientele.account.UserAccount;
import io.clientele.base.ui.Fields;

/**
 * Edits an account's name and e-mail address (the username and type stay) and, for a Client Center login, its
 * permissions. A contact's login shows its name and e-mail read-only: they change on the contact.
 */
class EditAccountDialog extends Dialog {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Button save = new Button();
    final @org.jspecify.annotations.Nullable LoginPermissionsFields permissions;

    EditAccountDialog(AccountService accounts, AccountRow row, Runnable saved) {
        setId("account-edit-dialog");
        setHeaderTitle(row.username());
        displayName.setId("account-edit-name");
        displayName.setLabel(getTranslation("account.field.name"));
        Fields.limit(displayName, UserAccount.NAME_MAX);
        displayName.setValue(row.displayName());
        email.setId("account-edit-email");
        email.setLabel(getTranslation("account.field.email"));
        Fields.limit(email, UserAccount.EMAIL_MAX);
        email.setValue(row.email() == null ? "" : row.email());
        boolean fromContact = row.contactId() != null;
        displayName.setReadOnly(fromContact);
        email.setReadOnly(fromContact);
        if (fromContact) {
            email.setHelperText(getTranslation("contactlogin.edit.from-contact"));
        }
        add(new FormLayout(displayName, email));
        permissions =
                row.type() == AccountType.CLIENT ? new LoginPermissionsFields(accounts.permissions(row.id())) : null;
        if (permissions != null) {
            add(permissions);
        }
        save.setId("account-edit-save");
        save.setText(getTranslation("account.action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (displayName.getValue().isBlank()) {
                displayName.setErrorMessage(getTranslation("account.field.required"));
                displayName.setInvalid(true);
                return;
            }
            if (!fromContact) {
                accounts.update(row.id(), displayName.getValue(), email.getValue());
            }
            if (permissions != null) {
                accounts.setPermissions(row.id(), permissions.getValue());
            }
            close();
            saved.run();
        });
        getFooter().add(new Button(getTranslation("account.action.cancel"), e -> close()), save);
    }
}
