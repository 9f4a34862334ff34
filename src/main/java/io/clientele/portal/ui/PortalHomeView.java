package io.clientele.portal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalRecords.Dashboard;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;

/** The Client Center's landing page: whom it is for, what is owed and how many invoices are open. */
@Route(value = PortalRoutes.HOME, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService portal;

    public PortalHomeView(PortalService portal) {
        this.portal = portal;
        setId("portal-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Dashboard dashboard;
        try {
            dashboard = portal.dashboard();
        } catch (PortalNotFoundException e) {
            add(PortalInvoiceView.notFound(this));
            return;
        }
        H2 welcome = new H2(getTranslation("portal.home.title", dashboard.clientName()));
        welcome.setId("portal-welcome");
        add(welcome);
        if (dashboard.amountOwed() != null) {
            add(fact("portal.home.owed", "portal-owed",
                    BillingFormat.money(dashboard.amountOwed(), dashboard.currency(), getLocale())));
            add(fact("portal.home.open-invoices", "portal-open-invoices",
                    String.valueOf(dashboard.openInvoices())));
        } else {
            add(new Paragraph(getTranslation("portal.home.intro")));
        }
    }

    private Div fact(String labelKey, String id, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("public-invoice-label");
        Span number = new Span(value);
        number.setId(id);
        Div fact = new Div(label, new Span(" "), number);
        fact.addClassName("portal-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
