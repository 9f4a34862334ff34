package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.account.PasswordLinks;
import io.clientele.account.PasswordPolicy;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;

/**
 * The page a welcome e-mail's link opens: choose a password, twice. An unknown, used or expired link shows one plain
 * message, whichever it is.
 */
@Route(value = PasswordLinks.PATH + "/:token", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();
    private final PasswordLinks links;
    private String token = "";

    public SetPasswordView(PasswordLinks links) {
        this.links = links;
        setId("set-password");
        password.setId("set-password-new");
        password.setLabel(getTranslation("portal.password.new"));
        password.setHelperText(getTranslation("account.password.hint", PasswordPolicy.MIN_LENGTH));
        Fields.limit(password, PasswordPolicy.MAX_LENGTH);
        confirm.setId("set-password-confirm");
        confirm.setLabel(getTranslation("portal.password.confirm"));
        save.setId("set-password-save");
        save.setText(getTranslation("account.link.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = event.getRouteParameters().get("token").orElse("");
        add(new H2(getTranslation("account.link.title")));
        if (links.isValid(token)) {
            add(password, confirm, save);
        } else {
            invalid();
        }
    }

    private void save() {
        password.setInvalid(false);
        confirm.setInvalid(false);
        if (!password.getValue().equals(confirm.getValue())) {
            confirm.setErrorMessage(getTranslation("account.password.mismatch"));
            confirm.setInvalid(true);
            return;
        }
        try {
            links.setPassword(token, password.getValue());
        } catch (RuleViolationException e) {
            if (e.getMessageKey().equals("account.link.invalid")) {
                removeAll();
                invalid();
            } else {
                password.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
                password.setInvalid(true);
            }
            return;
        }
        removeAll();
        Paragraph done = new Paragraph(getTranslation("account.link.done"));
        done.setId("set-password-done");
        add(
                new H2(getTranslation("account.link.title")),
                done,
                new Anchor("login", getTranslation("account.link.login")));
    }

    private void invalid() {
        Paragraph text = new Paragraph(getTranslation("account.link.invalid"));
        text.setId("set-password-invalid");
        add(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.link.title");
    }
}
