package io.clientele.helpdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.clientele.base.ui.Formats;
import io.clientele.helpdesk.SupportRow;
import io.clientele.helpdesk.SupportStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** The columns of a support request grid: the staff list and the client overview's tab show the same. */
final class SupportColumns {

    private SupportColumns() {}

    static void add(Grid<SupportRow> grid, boolean withClient) {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(row -> SupportRequestView.link(row.subject(), row.id()))
                .setKey("subject")
                .setHeader(grid.getTranslation("support.col.subject"))
                .setFlexGrow(3);
        if (withClient) {
            grid.addColumn(SupportRow::clientName)
                    .setKey("client")
                    .setHeader(grid.getTranslation("support.col.client"))
                    .setFlexGrow(2);
        }
        grid.addComponentColumn(row -> status(grid, row.status()))
                .setKey("status")
                .setHeader(grid.getTranslation("support.col.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.assigneeName() == null ? "" : row.assigneeName())
                .setKey("assignee")
                .setHeader(grid.getTranslation("support.col.assignee"))
                .setAutoWidth(true);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(grid.getUI().map(UI::getLocale).orElse(Locale.ENGLISH))
                .withZone(ZoneId.systemDefault());
        grid.addColumn(row -> when.format(row.lastMessageAt()))
                .setKey("last")
                .setHeader(grid.getTranslation("support.col.last-message"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(grid.getTranslation("support.list.empty"));
    }

    static Component status(Component in, SupportStatus status) {
        return Formats.badge(
                in.getTranslation("support.status." + status.name().toLowerCase(Locale.ROOT)),
                status == SupportStatus.OPEN ? "warning" : "success");
    }
}
