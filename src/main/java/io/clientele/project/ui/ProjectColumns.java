package io.clientele.project.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectSort;
import java.util.Locale;

/** The project columns the project list and the client overview's section share, with the same keys. */
final class ProjectColumns {

    private ProjectColumns() {}

    static void name(Grid<ProjectRow> grid) {
        grid.addComponentColumn(row -> ProjectView.link(row.name(), row.id()))
                .setKey(ProjectSort.NAME)
                .setSortProperty(ProjectSort.NAME)
                .setHeader(grid.getTranslation("project.column.name"))
                .setFlexGrow(3)
                .setResizable(true);
    }

    static void client(Grid<ProjectRow> grid) {
        grid.addComponentColumn(row -> ClientOverviewView.link(row.clientName(), row.clientId()))
                .setKey(ProjectSort.CLIENT)
                .setSortProperty(ProjectSort.CLIENT)
                .setHeader(grid.getTranslation("project.column.client"))
                .setFlexGrow(2)
                .setResizable(true);
    }

    static void datesMembersBillingAndCost(Grid<ProjectRow> grid, Locale locale) {
        grid.addColumn(row -> LocalizedFormat.date(row.startDate(), locale))
                .setKey(ProjectSort.START)
                .setSortProperty(ProjectSort.START)
                .setHeader(grid.getTranslation("project.column.start"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> LocalizedFormat.date(row.dueDate(), locale))
                .setKey(ProjectSort.DUE)
                .setSortProperty(ProjectSort.DUE)
                .setHeader(grid.getTranslation("project.column.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> String.join(", ", row.members()))
                .setKey("members")
                .setHeader(grid.getTranslation("project.column.members"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(row -> LocalizedFormat.money(row.cost(), row.currency(), locale))
                .setKey(ProjectSort.COST)
                .setSortProperty(ProjectSort.COST)
                .setHeader(grid.getTranslation("project.column.cost"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> ProjectFormat.billingMethod(grid, row.billingMethod()))
                .setKey(ProjectSort.BILLING_METHOD)
                .setSortProperty(ProjectSort.BILLING_METHOD)
                .setHeader(grid.getTranslation("project.column.billing-method"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
