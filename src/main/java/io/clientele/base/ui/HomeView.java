package io.clientele.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The root address sends every logged-in user to their home: the client list for the back office. */
@Route(value = "", autoLayout = false)
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    public static final String BACK_OFFICE_HOME = "clients";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(BACK_OFFICE_HOME);
    }
}
