package io.clientele.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.PagedGrid;
import io.clientele.project.ProjectFilter;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectService;

/** One client's projects, as the client overview shows them. */
class ClientProjectsPanel extends VerticalLayout {

    final Button create = new Button();
    final Grid<ProjectRow> grid = new Grid<>();
    final PagedGrid<ProjectRow> pagedGrid;

    ClientProjectsPanel(ProjectEditors editors, long clientId, boolean canEdit) {
        ProjectService projects = editors.projects;
        ProjectFilter filter = ProjectFilter.forClient(clientId);
        addClassName("client-projects");
        setPadding(false);
        setWidthFull();

        create.setId("projects-create");
        create.setText(getTranslation("project.section.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setVisible(canEdit);
        create.addClickListener(e -> editors.openNew(clientId, saved -> refresh()));

        grid.setId("client-projects-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        ProjectColumns.name(grid);
        ProjectColumns.datesMembersBillingAndCost(grid, getLocale());
        grid.setEmptyStateText(getTranslation("project.section.empty"));
        pagedGrid = new PagedGrid<>(
                grid, PagedGrid.Source.of(page -> projects.list(filter, page), () -> projects.count(filter)));
        pagedGrid.setHeight("24rem");
        add(create, pagedGrid);
        setHorizontalComponentAlignment(FlexComponent.Alignment.END, create);
        pagedGrid.refresh();
    }

    private void refresh() {
        pagedGrid.refresh();
    }
}
