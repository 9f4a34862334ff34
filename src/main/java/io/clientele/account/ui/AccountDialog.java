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
import io.clientele.account.PasswordLinks;
import io.clientele.account.PasswordPolicy;
import io.clientele.account.UserAccount;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.contact.ClientChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New account: a back-office login (with its role) or a Client Center login for a client, whose choice fills in the
 * name and e-mail. The password is typed twice and checked against {@link PasswordPolicy}.
 */
class AccountDialog extends Dialog {

    private static final Logger LOG = LoggerFactory.getLogger(AccountDialog.class);

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Select<AccountType> type = new Select<>();
    final ComboBox<ClientChoice> client = new ComboBox<>();
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
            client.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    displayName.setValue(e.getValue().name());
                    email.setValue(e.getValue().email());
                    if (username.isEmpty()) {
                        username.setValue(e.getValue().email());
                    }
                }
            });
            sendLink.setId("account-send-link");
            sendLink.setLabel(getTranslation("account.send-link"));
            sendLink.addValueChangeListener(e -> {
                password.setVisible(!e.getValue());
                confirm.setVisible(!e.getValue());
            });
            form.add(client);
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
            form.add(sendLink);
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
        for (var field : new HasValidation[] {username, displayName, email, client, password, confirm}) {
            field.setInvalid(false);
        }
        if (require(username) | require(displayName) | (forClient && client.isEmpty() && invalid(client))) {
            return;
        }
        if (forClient && sendLink.getValue()) {
            if (email.isEmpty() || email.isInvalid()) {
                invalid(email);
                return;
            }
            UserAccount account;
            try {
                account = accounts.createClientAccountWithLink(
                        client.getValue().id(),
                        username.getValue().strip(),
                        displayName.getValue().strip(),
                        email.getValue().strip());
            } catch (IllegalArgumentException e) {
                username.setErrorMessage(getTranslation("account.username.taken"));
                username.setInvalid(true);
                return;
            }
            if (!links.mailDelivers()) {
                // No SMTP server: the administrator copies the link from here, the only place it is ever shown.
                close();
                saved.run();
                new LinkDialog(links.issueLink(account.getId()), account.getDisplayName()).open();
                return;
            }
            try {
                links.sendWelcome(account.getId());
            } catch (RuntimeException e) {
                LOG.warn("Welcome e-mail for account {} failed", account.getId(), e);
                Notifications.error(getTranslation("account.send-link.failed"));
                close();
                saved.run();
                return;
            }
            Notifications.success(getTranslation("account.send-link.sent", email.getValue()));
            close();
            saved.run();
            return;
        }
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("account.password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        String mail = email.isEmpty() ? null : email.getValue().strip();
        try {
            if (forClient) {
                accounts.createClientAccount(
                        client.getValue().id(),
                        username.getValue().strip(),
                        displayName.getValue().strip(),
                        mail,
                        password.getValue());
            } else {
                accounts.createStaffAccount(
                        username.getValue().strip(),
                        displayName.getValue().strip(),
                        mail,
                        type.getValue(),
                        password.getValue());
            }
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

    private boolean require(TextField field) {
        return field.getValue().isBlank() && invalid(field);
    }

    private boolean invalid(HasValidation field) {
        field.setErrorMessage(getTranslation("account.field.required"));
        field.setInvalid(true);
        return true;
    }
}
