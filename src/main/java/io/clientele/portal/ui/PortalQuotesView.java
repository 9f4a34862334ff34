package io.clientele.portal.ui;

import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.portal.PortalRecords.Document;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;

/** The client's issued quotes. */
@Route(value = PortalRoutes.QUOTES, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalQuotesView extends PortalListView<Document> {

    public PortalQuotesView(PortalService portal) {
        super("portal-quotes", "portal.nav.quotes", portal::quotes, portal::countQuotes);
        PortalColumns.quotes(this, portal::quotePdf);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(PortalRoutes.QUOTES + "/" + e.getItem().id())));
    }
}
