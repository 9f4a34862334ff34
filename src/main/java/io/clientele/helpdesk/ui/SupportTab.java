package io.clientele.helpdesk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.PagedGrid;
import io.clientele.helpdesk.SupportFilter;
import io.clientele.helpdesk.SupportRow;
import io.clientele.helpdesk.SupportService;

/** The Support tab of a client's overview: its requests, open and closed, latest activity first. */
class SupportTab extends VerticalLayout {

    final Grid<SupportRow> grid = new Grid<>();

    SupportTab(SupportService support, long clientId) {
        addClassName("support-tab");
        setPadding(false);
        grid.setId("client-support-grid");
        SupportColumns.add(grid, false);
        SupportFilter filter = SupportFilter.forClient(clientId);
        PagedGrid<SupportRow> paged = new PagedGrid<>(
                grid, PagedGrid.Source.of(page -> support.page(filter, page), () -> support.count(filter)));
        add(paged);
        paged.refresh();
    }
}
