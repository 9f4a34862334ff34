package io.clientele.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.account.LoginPermissions;

/** The five permissions of a Client Center login, with a note that the client's own switches stay the ceiling. */
class LoginPermissionsFields extends VerticalLayout {

    final Checkbox invoices = new Checkbox();
    final Checkbox quotes = new Checkbox();
    final Checkbox projects = new Checkbox();
    final Checkbox timesheets = new Checkbox();
    final Checkbox support = new Checkbox();

    LoginPermissionsFields(LoginPermissions value) {
        setId("login-permissions");
        setPadding(false);
        setSpacing(false);
        Span title = new Span(getTranslation("contactlogin.permissions.title"));
        title.addClassName("field-label");
        Span hint = new Span(getTranslation("contactlogin.permissions.ceiling"));
        hint.addClassName("field-hint");
        add(title);
        box(invoices, "login-permission-invoices", "contactlogin.permission.invoices");
        box(quotes, "login-permission-quotes", "contactlogin.permission.quotes");
        box(projects, "login-permission-projects", "contactlogin.permission.projects");
        box(timesheets, "login-permission-timesheets", "contactlogin.permission.timesheets");
        box(support, "login-permission-support", "contactlogin.permission.support");
        add(hint);
        setValue(value);
    }

    private void box(Checkbox box, String id, String key) {
        box.setId(id);
        box.setLabel(getTranslation(key));
        add(box);
    }

    LoginPermissions getValue() {
        return new LoginPermissions(
                invoices.getValue(), quotes.getValue(), projects.getValue(), timesheets.getValue(), support.getValue());
    }

    void setValue(LoginPermissions value) {
        invoices.setValue(value.invoices());
        quotes.setValue(value.quotes());
        projects.setValue(value.projects());
        timesheets.setValue(value.timesheets());
        support.setValue(value.support());
    }
}
