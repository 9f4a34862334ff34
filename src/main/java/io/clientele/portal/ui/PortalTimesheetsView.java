package io.clientele.portal.ui;

import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalRecords.TimeEntry;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;

/** Hours worked on the client's projects. */
@Route(value = PortalRoutes.TIMESHEETS, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalTimesheetsView extends PortalListView<TimeEntry> {

    public PortalTimesheetsView(PortalService portal) {
        super("portal-timesheets", "portal.nav.timesheets", portal::timeEntries, portal::countTimeEntries);
        column("date", "portal.col.date", t -> BillingFormat.date(t.date(), getLocale()));
        column("project", "portal.col.project", TimeEntry::projectName);
        column("hours", "portal.col.hours", t -> BillingFormat.quantity(t.hours(), getLocale()));
        column("description", "portal.col.description", t -> t.description() == null ? "" : t.description());
        column("billable", "portal.col.billable", t -> getTranslation(t.billable() ? "portal.yes" : "portal.no"));
    }
}
