package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ui.Notifications;

/**
 * A set-password link shown once to the administrator, when no SMTP server delivers welcome e-mails: they copy it and
 * hand it over themselves. Closing the dialog forgets it (only its hash is stored); a new one can be issued any time.
 */
class LinkDialog extends Dialog {

    final TextField link = new TextField();
    final Button copy = new Button();

    LinkDialog(String url, String accountName) {
        setId("account-link-dialog");
        setHeaderTitle(getTranslation("account.handover.title", accountName));
        Paragraph text = new Paragraph(getTranslation("account.handover.text"));
        link.setId("account-link-url");
        link.setLabel(getTranslation("account.handover.label"));
        link.setValue(url);
        link.setReadOnly(true);
        link.setWidthFull();
        copy.setText(getTranslation("account.handover.copy"));
        copy.setIcon(VaadinIcon.COPY_O.create());
        copy.setId("account.handover.copy");
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        copy.addClickListener(e -> {
            // The Clipboard API of the browser; where it is refused the field stays selectable for Ctrl+C.
            copy.getElement().executeJs("return navigator.clipboard.writeText($0)", url);
            Notifications.success(getTranslation("account.handover.copied"));
        });
        Button close = new Button(getTranslation("account.handover.close"), e -> close());
        close.setId("account.handover.close");
        add(text, link);
        getFooter().add(close, copy);
        setWidth("36rem");
    }
}
