package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.account.AccountService;
import io.clientele.account.PasswordPolicy;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.security.SessionStamps;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/** A client user changes their own password: the current one, the new one twice. */
@Route(value = PortalRoutes.PASSWORD, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalPasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();

    public PortalPasswordView(AccountService accounts) {
        setId("portal-password");
        current.setId("portal-password-current");
        current.setLabel(getTranslation("portal.password.current"));
        password.setId("portal-password-new");
        password.setLabel(getTranslation("portal.password.new"));
        password.setHelperText(getTranslation("account.password.hint", PasswordPolicy.MIN_LENGTH));
        Fields.limit(password, PasswordPolicy.MAX_LENGTH);
        confirm.setId("portal-password-confirm");
        confirm.setLabel(getTranslation("portal.password.confirm"));
        save.setId("portal-password-save");
        save.setText(getTranslation("portal.password.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(accounts));
        add(new H2(getTranslation("portal.nav.password")), current, password, confirm, save);
    }

    private void save(AccountService accounts) {
        current.setInvalid(false);
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("account.password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            // This session stays; every other session of the account ends.
            SessionStamps.renew(accounts.changeOwnPassword(current.getValue(), password.getValue()));
        } catch (RuleViolationException e) {
            PasswordField field = e.getMessageKey().equals("account.password.current-wrong")
                            || e.getMessageKey().equals("account.password.retry")
                    ? current
                    : password;
            field.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            field.setInvalid(true);
            return;
        }
        current.clear();
        password.clear();
        confirm.clear();
        Notifications.success(getTranslation("portal.password.changed"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.nav.password");
    }
}
