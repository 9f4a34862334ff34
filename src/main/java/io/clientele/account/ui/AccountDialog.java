package io.clientele.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.account.AccountService;
import io.clientele.account.AccountType;
import io.clientele.account.LoginPermissions;
import io.clientele.account.PasswordLinks;
import io.clientele.account.PasswordPolicy;
import io.clientele.account.UserAccount;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.contact.ClientChoice;
import io.clientele.contact.ContactRow;

/**
 * New account: a back-office login (with its role) or a Client Center login for a contact of a client, whose choice
 * fills in the name, e-mail and username (they follow the contact from then on), with the login's permissions. The
 * password is typed twice and checked against {@link PasswordPolicy}, or set by the person through an e-mailed link.
 */
class AccountDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Select<AccountType> type = new Select<>();
    final ComboBox<ClientChoice> client = new ComboBox<>();
    final ComboBox<ContactRow> contact = new ComboBox<>();
    final LoginPermissionsFields permissions = new LoginPermissionsFields(LoginPermissions.ALL);
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Checkbox sendLink = new Checkbox();
    final Button save = new Button();
    private final boolean forClient;

    AccountDialog(AccountService accounts, PasswordLinks links, boolean forClient, Runnable saved) {
        this.forClient = forClient;
        setId("account-dialog");
        setHeaderTitle(getTranslation(forClient ? "account.new.client" : "account.new.staff"));
        username.setId("account-username");
        username.setLabel(getTranslation("account.field.username"));
        Fields.limit(username, UserAccount.USERNAME_MAX);
        displayName.setId("account-name");
        displayName.setLabel(getTranslation("account.field.name"));
        Fields.limit(displayName, UserAccount.NAME_MAX);
        email.setId("account-email");
        email.setLabel(getTranslation("account.field.email"));
        Fields.limit(email, UserAccount.EMAIL_MAX);
        password.setId("account-password");
        password.setLabel(getTranslation("portal.password.new"));
        password.setHelperText(getTranslation("account.password.hint", PasswordPolicy.MIN_LENGTH));
        Fields.limit(password, PasswordPolicy.MAX_LENGTH);
        confirm.setId("account-password-confirm");
        confirm.setLabel(getTranslation("portal.password.confirm"));
        FormLayout form = new FormLayout();
        if (forClient) {
            client.setId("account-client");
            client.setLabel(getTranslation("account.field.client"));
            client.setItems(query ->
                    accounts.clientChoices(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
            client.setItemLabelGenerator(ClientChoice::name);
            contact.setId("account-contact");
            contact.setLabel(getTranslation("contactlogin.field.contact"));
            contact.setItemLabelGenerator(c ->
                    c.email() == null ? c.name() : getTranslation("contactlogin.contact.label", c.name(), c.email()));
            contact.setEnabled(false);
            client.addValueChangeListener(e -> {
                contact.clear();
                contact.setEnabled(e.getValue() != null);
                contact.setItems(
                        e.getValue() == null
                                ? java.util.List.of()
                                : accounts.contactChoices(e.getValue().id()));
            });
            // Name, e-mail and username are the contact's: shown, not typed.
            for (TextField field : new TextField[] {displayName, username}) {
                field.setReadOnly(true);
            }
            email.setReadOnly(true);
            contact.addValueChangeListener(e -> {
                ContactRow c = e.getValue();
                displayName.setValue(c == null ? "" : c.name());
                email.setValue(c == null || c.email() == null ? "" : c.email());
                username.setValue(email.getValue());
            });
            sendLink.setId("account-send-link");
            sendLink.setLabel(getTranslation("account.send-link"));
            sendLink.addValueChangeListener(e -> {
                password.setVisible(!e.getValue());
                confirm.setVisible(!e.getValue());
            });
            form.add(client, contact);
        } else {
            type.setId("account-type");
            type.setLabel(getTranslation("account.field.type"));
            type.setItems(AccountType.STAFF, AccountType.MANAGER, AccountType.ADMIN);
            type.setItemLabelGenerator(t -> getTranslation(AccountListView.typeKey(t)));
            type.setValue(AccountType.STAFF);
            form.add(type);
        }
        form.add(displayName, email, username);
        if (forClient) {
            form.add(permissions, sendLink);
        }
        form.add(password, confirm);
        add(form);
        save.setId("account-save");
        save.setText(getTranslation("account.action.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(accounts, links, saved));
        Button cancel = new Button(getTranslation("account.action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save(AccountService accounts, PasswordLinks links, Runnable saved) {
        for (var field : new HasValidation[] {username, displayName, email, client, contact, password, confirm}) {
            field.setInvalid(false);
        }
        if (forClient) {
            saveForContact(accounts, links, saved);
            return;
        }
        if (require(username) | require(displayName)) {
            return;
        }
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("account.password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        String mail = email.isEmpty() ? null : email.getValue().strip();
        try {
            accounts.createStaffAccount(
                    username.getValue().strip(),
                    displayName.getValue().strip(),
                    mail,
                    type.getValue(),
                    password.getValue());
        } catch (RuleViolationException e) {
            password.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            password.setInvalid(true);
            return;
        } catch (IllegalArgumentException e) {
            username.setErrorMessage(getTranslation("account.username.taken"));
            username.setInvalid(true);
            return;
        }
        Notifications.success(getTranslation("account.created", displayName.getValue()));
        close();
        saved.run();
    }

    /** A Client Center login for the chosen contact; a refusal names its reason on the contact or password field. */
    private void saveForContact(AccountService accounts, PasswordLinks links, Runnable saved) {
        // Both checked, so both fields show their message at once.
        boolean clientMissing = client.isEmpty() && invalid(client);
        boolean contactMissing = contact.isEmpty() && invalid(contact);
        if (clientMissing || contactMissing) {
            return;
        }
        boolean byLink = sendLink.getValue();
        if (!byLink && !password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("account.password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        UserAccount account;
        try {
            account = accounts.createContactLogin(
                    client.getValue().id(),
                    contact.getValue().id(),
                    permissions.getValue(),
                    byLink ? null : password.getValue());
        } catch (RuleViolationException e) {
            HasValidation field = e.getMessageKey().startsWith("contactlogin.") ? contact : password;
            field.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            field.setInvalid(true);
            return;
        }
        close();
        saved.run();
        if (byLink) {
            Welcome.send(links, account);
        } else {
            Notifications.success(getTranslation("account.created", account.getDisplayName()));
        }
    }

    private boolean require(TextField field) {
        return field.getValue().isBlank() && invalid(field);
    }

    private boolean invalid(HasValidation field) {
        field.setErrorMessage(getTranslation("account.field.required"));
        field.setInvalid(true);
        return true;
    }
}
