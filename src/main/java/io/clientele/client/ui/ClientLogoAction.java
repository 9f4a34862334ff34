package io.clientele.client.ui;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.client.ClientLogos;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Logo…" in a client's Options menu, in the client list and on the overview: upload, replace or remove it. */
@Component
@Order(80)
class ClientLogoAction implements ClientAction {

    private final ClientLogos logos;
    private final CurrentUser currentUser;

    ClientLogoAction(ClientLogos logos, CurrentUser currentUser) {
        this.logos = logos;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public String labelKey() {
        return "client.logo.action";
    }

    @Override
    public String id() {
        return "logo";
    }

    @Override
    public boolean isAvailable() {
        return currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
    }

    @Override
    public void run(long clientId, Runnable afterChange) {
        new ClientLogoDialog(logos, clientId, afterChange).open();
    }
}
