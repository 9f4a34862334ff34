package io.clientele.helpdesk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.ViewHeader;
import io.clientele.helpdesk.SupportFilter;
import io.clientele.helpdesk.SupportRow;
import io.clientele.helpdesk.SupportService;
import io.clientele.helpdesk.SupportStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;

/**
 * Support requests of the clients the user may see, latest activity first, filtered by state and by who answers
 * them. Paged on the server; opening a request shows its thread.
 */
@Route("support")
@Menu(order = 16, icon = "vaadin:comments-o", title = "nav.support")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class SupportListView extends VerticalLayout implements HasDynamicTitle {

    /** "All" in the state filter: no state chosen. */
    static final String ALL = "ALL";

    final Grid<SupportRow> grid = new Grid<>();
    final Select<String> status = new Select<>();
    final Select<SupportFilter.Assignee> assignee = new Select<>();
    final PagedGrid<SupportRow> pagedGrid;

    public SupportListView(SupportService support) {
        addClassName("support-list-view");
        setSizeFull();
        grid.setId("support-grid");
        SupportColumns.add(grid, true);

        status.setId("support-filter-status");
        status.setLabel(getTranslation("support.filter.status"));
        status.setItems(SupportStatus.OPEN.name(), SupportStatus.CLOSED.name(), ALL);
        status.setItemLabelGenerator(s -> getTranslation("support.status." + s.toLowerCase(Locale.ROOT)));
        status.setValue(SupportStatus.OPEN.name());

        assignee.setId("support-filter-assignee");
        assignee.setLabel(getTranslation("support.filter.assignee"));
        assignee.setItems(SupportFilter.Assignee.values());
        assignee.setItemLabelGenerator(
                a -> getTranslation("support.filter.assignee." + a.name().toLowerCase(Locale.ROOT)));
        assignee.setValue(SupportFilter.Assignee.ANYONE);

        pagedGrid = new PagedGrid<>(
                grid, PagedGrid.Source.of(page -> support.page(filter(), page), () -> support.count(filter())));
        status.addValueChangeListener(e -> pagedGrid.filterChanged());
        assignee.addValueChangeListener(e -> pagedGrid.filterChanged());
        add(new ViewHeader(getTranslation("support.list.title"), status, assignee), pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    SupportFilter filter() {
        SupportStatus state = Optional.ofNullable(status.getValue())
                .filter(s -> !s.equals(ALL))
                .map(SupportStatus::valueOf)
                .orElse(null);
        return new SupportFilter(
                state, Optional.ofNullable(assignee.getValue()).orElse(SupportFilter.Assignee.ANYONE), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.list.title") + " · " + getTranslation("app.name");
    }
}
