package io.clientele.portal.ui;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.AppShellLayout;
import io.clientele.base.ui.ShellFor;
import io.clientele.base.ui.UserLocale;
import io.clientele.portal.PortalService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Client users see "page not available" inside the Client Center, with its home one click away. */
@Component
class PortalShell implements ShellFor {

    private final PortalService portal;
    private final CurrentUser currentUser;
    private final UserLocale userLocale;

    PortalShell(PortalService portal, CurrentUser currentUser, UserLocale userLocale) {
        this.portal = portal;
        this.currentUser = currentUser;
        this.userLocale = userLocale;
    }

    @Override
    public Optional<AppShellLayout> shell() {
        return currentUser.hasRole(Roles.CLIENT)
                ? Optional.of(new PortalLayout(portal, currentUser, userLocale))
                : Optional.empty();
    }

    @Override
    public String homePath() {
        return PortalRoutes.HOME;
    }
}
