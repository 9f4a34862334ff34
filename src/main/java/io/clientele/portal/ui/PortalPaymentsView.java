package io.clientele.portal.ui;

import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalRecords.Payment;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;

/** The client's payments. */
@Route(value = PortalRoutes.PAYMENTS, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalPaymentsView extends PortalListView<Payment> {

    public PortalPaymentsView(PortalService portal) {
        super("portal-payments", "portal.nav.payments", portal::payments, portal::countPayments);
        column("date", "portal.col.date", p -> BillingFormat.date(p.date(), getLocale()));
        column("invoice", "portal.col.invoice", Payment::invoiceNumber);
        column("amount", "portal.col.amount", p -> BillingFormat.money(p.amount(), p.currency(), getLocale()));
        column("method", "portal.col.method", p -> getTranslation("billing.method." + p.method()));
        column("reference", "portal.col.reference", Payment::reference);
    }
}
