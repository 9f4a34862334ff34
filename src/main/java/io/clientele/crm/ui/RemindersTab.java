package io.clientele.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.ui.PagedGrid;
import io.clientele.crm.ReminderRow;
import io.clientele.crm.ReminderService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The Reminders tab of a client's overview: its reminders, open ones first, and "Add reminder". */
class RemindersTab extends VerticalLayout {

    final Grid<ReminderRow> grid = new Grid<>();
    final Button add = new Button();
    final PagedGrid<ReminderRow> pagedGrid;

    RemindersTab(ReminderService reminders, UserDirectory users, Clock clock, long clientId, boolean canEdit) {
        addClassName("reminders-tab");
        setPadding(false);
        grid.setId("reminder-grid");
        ReminderColumns.add(grid, false, canEdit, reminders, this::refresh);
        pagedGrid = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> reminders.forClient(clientId, page), () -> reminders.countForClient(clientId)));
        add.setId("reminder-add");
        add.setText(getTranslation("reminder.action.add"));
        add.setIcon(VaadinIcon.BELL.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(canEdit);
        add.addClickListener(e -> new ReminderDialog(
                        reminders,
                        users,
                        clientId,
                        users.currentScope().accountId(),
                        LocalDateTime.now(clock).plusDays(1).truncatedTo(ChronoUnit.HOURS),
                        this::refresh)
                .open());
        HorizontalLayout toolbar = new HorizontalLayout(add);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.END);
        add(toolbar, pagedGrid);
        pagedGrid.refresh();
    }

    void refresh() {
        pagedGrid.refresh();
    }
}
