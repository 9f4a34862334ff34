package io.clientele.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientService;
import io.clientele.client.PortalSections;
import io.clientele.client.ui.ClientSection;

/**
 * The client overview's Client Center tab: which sections the client's users see, six switches saved at once. Only
 * administrators and the client's owner see the tab.
 */
@org.springframework.stereotype.Component
class PortalAccessSection implements ClientSection {

    private final ClientService clients;

    PortalAccessSection(ClientService clients) {
        this.clients = clients;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "portal.section.title";
    }

    @Override
    public String id() {
        return "portal";
    }

    @Override
    public boolean visible(long clientId) {
        return clients.canManagePortal(clientId);
    }

    @Override
    public Component create(long clientId, ClientContext context) {
        PortalSections current = clients.portalSections(clientId);
        VerticalLayout panel = new VerticalLayout();
        panel.setId("portal-permissions");
        Checkbox invoices = box(panel, "portal-permission-invoices", "portal.nav.invoices", current.invoices());
        Checkbox quotes = box(panel, "portal-permission-quotes", "portal.nav.quotes", current.quotes());
        Checkbox payments = box(panel, "portal-permission-payments", "portal.nav.payments", current.payments());
        Checkbox projects = box(panel, "portal-permission-projects", "portal.nav.projects", current.projects());
        Checkbox timesheets = box(panel, "portal-permission-timesheets", "portal.nav.timesheets", current.timesheets());
        Checkbox support = box(panel, "portal-permission-support", "portal.nav.support", current.support());
        Button save = new Button(panel.getTranslation("portal.section.save"), e -> {
            clients.savePortalSections(
                    clientId,
                    new PortalSections(
                            invoices.getValue(),
                            quotes.getValue(),
                            payments.getValue(),
                            projects.getValue(),
                            timesheets.getValue(),
                            support.getValue()));
            Notifications.success(panel.getTranslation("portal.section.saved"));
        });
        save.setId("portal-permissions-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panel.add(save);
        return panel;
    }

    private static Checkbox box(VerticalLayout panel, String id, String labelKey, boolean value) {
        Checkbox box = new Checkbox(panel.getTranslation(labelKey), value);
        box.setId(id);
        panel.add(box);
        return box;
    }
}
