package io.clientele.client.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientParents.Subsidiary;
import org.springframework.data.domain.PageRequest;

/**
 * Issue 22: a parent company's subsidiaries, by name, each with what it owes in its own currency and a link to its
 * overview. Lazy: the grid asks for one page at a time.
 */
class SubsidiariesTab extends VerticalLayout {

    final Grid<Subsidiary> grid = new Grid<>();

    /** "Part of" and a link to the parent company, for a subsidiary's overview. */
    static com.vaadin.flow.component.html.Div partOf(String label, ClientParents.Parent parent) {
        var link = ClientOverviewView.link(parent.name(), parent.id());
        link.setId("overview-parent-link");
        var line = new com.vaadin.flow.component.html.Div(new com.vaadin.flow.component.html.Span(label + " "), link);
        line.setId("overview-parent");
        return line;
    }

    SubsidiariesTab(ClientParents parents, long parentId) {
        setPadding(false);
        grid.setId("subsidiaries-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(new ComponentRenderer<>(s -> ClientOverviewView.link(s.name(), s.id())))
                .setKey("name")
                .setHeader(getTranslation("parent.subsidiaries.column.name"))
                .setFlexGrow(2);
        grid.addColumn(s -> LocalizedFormat.money(s.balance(), s.currency(), getLocale()))
                .setKey("balance")
                .setHeader(getTranslation("parent.subsidiaries.column.balance"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END)
                .setFlexGrow(1);
        grid.setItems(
                query -> parents.subsidiaries(parentId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("parent.subsidiaries.empty"));
        add(grid);
    }
}
