package io.clientele.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A feature's action in the shell's top bar (e.g. "+ New client"). Beans of this type are created per UI, so the
 * components they return may hold UI state.
 */
public interface TopBarAction {

    Component create();
}
