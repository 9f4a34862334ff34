package io.clientele.portal.ui;

import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalRecords.Project;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;

/** The client's projects. */
@Route(value = PortalRoutes.PROJECTS, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalProjectsView extends PortalListView<Project> {

    public PortalProjectsView(PortalService portal) {
        super("portal-projects", "portal.nav.projects", portal::projects, portal::countProjects);
        column("name", "portal.col.name", Project::name);
        column("startDate", "portal.col.start-date", p -> BillingFormat.date(p.startDate(), getLocale()));
        column("dueDate", "portal.col.due-date", p -> BillingFormat.date(p.dueDate(), getLocale()));
        column(
                "billing",
                "portal.col.billing",
                p -> getTranslation(
                        "HOURLY".equals(p.billingMethod()) ? "project.billing.hourly" : "project.billing.fixed"));
    }
}
