package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.TopBarAction;

/** "+ New client" in the top bar: a short form from any back-office view. */
@org.springframework.stereotype.Component
class QuickClientAction implements TopBarAction {

    private final ClientEditors editors;
    private final CurrentUser currentUser;

    QuickClientAction(ClientEditors editors, CurrentUser currentUser) {
        this.editors = editors;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        Button button = new Button(VaadinIcon.PLUS.create());
        button.setText(button.getTranslation("client.quick.button"));
        button.setId("quick-new-client");
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setVisible(currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF));
        button.addClickListener(e -> new QuickClientDialog(editors).open());
        return button;
    }
}
