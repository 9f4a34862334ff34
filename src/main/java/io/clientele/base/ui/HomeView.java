package io.clientele.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.PermitAll;

/**
 * The root address sends every logged-in user to their home: the Client Center for client users, the dashboard for
 * the back office.
 */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    public static final String BACK_OFFICE_HOME = "dashboard";
    public static final String PORTAL_HOME = "portal";

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.hasRole(Roles.CLIENT) ? PORTAL_HOME : BACK_OFFICE_HOME);
    }
}
