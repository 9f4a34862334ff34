package io.clientele.base.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ui.Fields;

/**
 * Asks for a username or e-mail and sends a set-password link. Whatever was typed, the answer is the same, so
 * nobody learns from it which accounts exist.
 */
class ForgotPasswordDialog extends Dialog {

    /** Longest username or e-mail address accepted. */
    private static final int MAX_LENGTH = 254;

    final TextField identity = new TextField();
    final Button send = new Button();

    ForgotPasswordDialog(PasswordResetRequests resets) {
        setId("forgot-password-dialog");
        setHeaderTitle(getTranslation("login.forgot.title"));
        identity.setId("forgot-identity");
        identity.setLabel(getTranslation("login.forgot.field"));
        Fields.limit(identity, MAX_LENGTH);
        identity.setWidthFull();
        identity.setRequiredIndicatorVisible(true);
        add(new Paragraph(getTranslation("login.forgot.text")), identity);
        send.setId("forgot-send");
        send.setText(getTranslation("login.forgot.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            if (identity.getValue().isBlank()) {
                identity.setInvalid(true);
                identity.setErrorMessage(getTranslation("login.forgot.required"));
                send.setEnabled(true);
                return;
            }
            resets.request(identity.getValue());
            close();
            Notification.show(getTranslation("login.forgot.sent"), 8000, Notification.Position.MIDDLE);
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
