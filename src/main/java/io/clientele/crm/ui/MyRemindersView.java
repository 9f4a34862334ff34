package io.clientele.crm.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.ViewHeader;
import io.clientele.crm.ReminderRow;
import io.clientele.crm.ReminderService;
import jakarta.annotation.security.RolesAllowed;

/** The staff dashboard: the caller's own reminders, overdue ones on top and highlighted. */
@Route("reminders")
@Menu(order = 5, icon = "vaadin:bell", title = "nav.reminders")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class MyRemindersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ReminderRow> grid = new Grid<>();
    final Checkbox showDone = new Checkbox();
    final PagedGrid<ReminderRow> pagedGrid;

    public MyRemindersView(ReminderService reminders, CurrentUser currentUser) {
        addClassName("my-reminders-view");
        setSizeFull();
        boolean canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
        grid.setId("my-reminder-grid");
        ReminderColumns.add(grid, true, canEdit, reminders, this::refresh);
        pagedGrid = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> reminders.mine(showDone.getValue(), page),
                        () -> reminders.countMine(showDone.getValue())));
        showDone.setId("reminder-show-done");
        showDone.setLabel(getTranslation("reminder.list.show-done"));
        showDone.addValueChangeListener(e -> pagedGrid.filterChanged());
        add(new ViewHeader(getTranslation("reminder.list.title"), showDone), pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    private void refresh() {
        pagedGrid.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reminder.list.title") + " · " + getTranslation("app.name");
    }
}
