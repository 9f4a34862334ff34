package io.clientele.portal.ui;

import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.portal.PortalRecords.Document;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;

/** The client's issued invoices; a row opens the invoice. */
@Route(value = PortalRoutes.INVOICES, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalInvoicesView extends PortalListView<Document> {

    public PortalInvoicesView(PortalService portal) {
        super("portal-invoices", "portal.nav.invoices", portal::invoices, portal::countInvoices);
        PortalColumns.invoices(this, portal::invoicePdf, portal::invoiceXml);
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(PortalRoutes.INVOICES + "/" + e.getItem().id())));
    }
}
