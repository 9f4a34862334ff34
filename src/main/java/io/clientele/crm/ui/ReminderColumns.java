package io.clientele.crm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.crm.ReminderRow;
import io.clientele.crm.ReminderService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The columns both reminder lists share: due (with the overdue badge), description, staff member, status. */
final class ReminderColumns {

    private ReminderColumns() {}

    static void add(
            Grid<ReminderRow> grid, boolean withClient, boolean canEdit, ReminderService reminders, Runnable changed) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(grid.getUI().map(UI::getLocale).orElse(Locale.ENGLISH))
                .withZone(ZoneId.systemDefault());
        grid.addComponentColumn(row -> due(grid, row, format))
                .setKey("due")
                .setHeader(grid.getTranslation("reminder.column.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (withClient) {
            grid.addComponentColumn(row -> ClientOverviewView.link(row.clientName(), row.clientId()))
                    .setKey("client")
                    .setHeader(grid.getTranslation("reminder.column.client"))
                    .setFlexGrow(2);
        }
        grid.addColumn(ReminderRow::description)
                .setKey("description")
                .setHeader(grid.getTranslation("reminder.column.description"))
                .setFlexGrow(3);
        grid.addColumn(ReminderRow::assigneeName)
                .setKey("assignee")
                .setHeader(grid.getTranslation("reminder.column.assignee"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> status(grid, row, canEdit, reminders, changed))
                .setKey("status")
                .setHeader(grid.getTranslation("reminder.column.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Overdue rows stand out as a whole, not only by their badge.
        grid.setPartNameGenerator(row -> row.overdue() ? "reminder-overdue" : null);
        grid.setEmptyStateText(grid.getTranslation("reminder.list.empty"));
    }

    private static Component due(Grid<ReminderRow> grid, ReminderRow row, DateTimeFormatter format) {
        HorizontalLayout cell = new HorizontalLayout(new Span(format.format(row.dueAt())));
        cell.setSpacing(true);
        if (row.overdue()) {
            Span badge = Formats.badge(grid.getTranslation("reminder.badge.overdue"), "error");
            badge.addClassName("reminder-overdue-badge");
            cell.add(badge);
        }
        return cell;
    }

    private static Component status(
            Grid<ReminderRow> grid, ReminderRow row, boolean canEdit, ReminderService reminders, Runnable changed) {
        if (row.done()) {
            return Formats.badge(grid.getTranslation("reminder.badge.done"), "success");
        }
        Button done = new Button(grid.getTranslation("reminder.action.done"), VaadinIcon.CHECK.create());
        done.setId("reminder-done-" + row.id());
        done.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        done.setVisible(canEdit);
        done.addClickListener(e -> {
            try {
                reminders.markDone(row.id());
                Notifications.success(grid.getTranslation("reminder.marked-done"));
            } catch (RuleViolationException ex) {
                Notifications.error(grid.getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
            changed.run();
        });
        return done;
    }
}
