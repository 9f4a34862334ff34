package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.account.AccountRow;
import io.clientele.account.AccountService;
import io.clientele.account.LoginPermissions;
import io.clientele.account.PasswordLinks;
import io.clientele.account.UserAccount;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import org.jspecify.annotations.Nullable;

/**
 * A contact's Client Center access: without a login, choose its permissions and create it (the person sets a password
 * through the welcome e-mail's link); with one, change its permissions. A refusal (no e-mail, address taken) is shown
 * in the dialog with its reason.
 */
class ContactLoginDialog extends Dialog {

    final LoginPermissionsFields permissions;
    final Paragraph status = new Paragraph();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    ContactLoginDialog(
            AccountService accounts,
            PasswordLinks links,
            long clientId,
            long contactId,
            String contactName,
            @Nullable AccountRow login,
            Runnable afterChange) {
        setId("contact-login-dialog");
        setHeaderTitle(getTranslation("contactlogin.dialog.title", contactName));
        permissions =
                new LoginPermissionsFields(login == null ? LoginPermissions.ALL : accounts.permissions(login.id()));
        status.setId("contact-login-status");
        status.setText(
                login == null
                        ? getTranslation("contactlogin.dialog.none")
                        : getTranslation(
                                login.enabled() ? "contactlogin.dialog.enabled" : "contactlogin.dialog.disabled",
                                login.username()));
        error.setId("contact-login-error");
        error.addClassName("error-text");
        error.setVisible(false);
        add(status, permissions, error);
        save.setId("contact-login-save");
        save.setText(getTranslation(login == null ? "contactlogin.action.create" : "contactlogin.action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (login != null) {
                accounts.setPermissions(login.id(), permissions.getValue());
                Notifications.success(getTranslation("contactlogin.saved", contactName));
                close();
                afterChange.run();
                return;
            }
            UserAccount created;
            try {
                created = accounts.createContactLogin(clientId, contactId, permissions.getValue(), null);
            } catch (RuleViolationException refused) {
                error.setText(getTranslation(refused.getMessageKey(), refused.getArguments()));
                error.setVisible(true);
                return;
            }
            close();
            afterChange.run();
            Welcome.send(links, created);
        });
        Button cancel = new Button(getTranslation("account.action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("32rem");
    }
}
