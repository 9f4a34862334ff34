package io.clientele.portal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.security.Roles;
import io.clientele.helpdesk.SupportStatus;
import io.clientele.helpdesk.SupportSummary;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The client's support requests, latest activity first, and "New request". Empty when the section is closed. */
@Route(value = PortalRoutes.SUPPORT, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalSupportView extends PortalListView<SupportSummary> {

    final Button newRequest = new Button();

    public PortalSupportView(PortalService portal) {
        super("portal-support", "portal.nav.support", portal::supportRequests, portal::countSupportRequests);
        grid.addComponentColumn(r -> new RouterLink(
                        r.subject(), PortalSupportRequestView.class, PortalSupportRequestView.parameters(r.id())))
                .setKey("subject")
                .setHeader(getTranslation("support.col.subject"))
                .setFlexGrow(3);
        column(
                "status",
                "support.col.status",
                r -> getTranslation(
                        r.status() == SupportStatus.OPEN ? "support.status.open" : "support.status.closed"));
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(ZoneId.systemDefault());
        column("last", "support.col.last-message", r -> when.format(r.lastMessageAt()));
        grid.setEmptyStateText(getTranslation("support.portal.empty"));
        newRequest.setId("portal-support-new");
        newRequest.setText(getTranslation("support.action.new"));
        newRequest.setIcon(VaadinIcon.PLUS.create());
        newRequest.addThemeVariants(ButtonVariant.PRIMARY);
        newRequest.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PortalRoutes.NEW_SUPPORT_REQUEST)));
        // Below the title, above the list.
        addComponentAtIndex(1, newRequest);
        newRequest.setVisible(portal.sections().support());
    }
}
