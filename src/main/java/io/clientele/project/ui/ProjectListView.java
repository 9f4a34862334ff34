package io.clientele.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.SearchField;
import io.clientele.base.ui.ViewHeader;
import io.clientele.project.ProjectFilter;
import io.clientele.project.ProjectNotFoundException;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectService;
import jakarta.annotation.security.RolesAllowed;

/** Every project of the clients the user may see, one page at a time, searchable and sortable. */
@Route("projects")
@Menu(order = 30, icon = "vaadin:briefcase", title = "nav.projects")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    final SearchField search;
    final Button newProject = new Button();
    final Grid<ProjectRow> grid = new Grid<>();
    final PagedGrid<ProjectRow> pagedGrid;

    private final ProjectService projects;
    private final ProjectEditors editors;
    private ProjectFilter filter = ProjectFilter.all();

    public ProjectListView(ProjectService projects, ProjectEditors editors, CurrentUser currentUser) {
        this.projects = projects;
        this.editors = editors;
        addClassName("project-list-view");
        setSizeFull();
        boolean canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);

        search = new SearchField("project-search", getTranslation("project.list.search"), this::searchFor);

        newProject.setText(getTranslation("project.list.new"));
        newProject.setId("new-project");
        newProject.setIcon(VaadinIcon.PLUS.create());
        newProject.addThemeVariants(ButtonVariant.PRIMARY);
        newProject.setVisible(canEdit);
        newProject.addClickListener(e -> editors.openNew(null, saved -> refresh()));

        grid.setId("project-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        ProjectColumns.name(grid);
        ProjectColumns.client(grid);
        ProjectColumns.datesMembersBillingAndCost(grid, getLocale());
        grid.addComponentColumn(row -> optionsMenu(row, canEdit))
                .setKey("options")
                .setHeader(getTranslation("project.column.options"))
                .setWidth("6.5rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("project.list.empty"));

        pagedGrid = new PagedGrid<>(
                grid, PagedGrid.Source.of(page -> projects.list(filter, page), () -> projects.count(filter)));
        add(new ViewHeader(getTranslation("project.list.title"), search, newProject), pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    private MenuBar optionsMenu(ProjectRow row, boolean canEdit) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("options-" + row.id());
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("project.column.options"));
        var sub = root.getSubMenu();
        sub.addItem(getTranslation("project.action.view"), e -> ProjectView.open(row.id()))
                .setId("option-view");
        if (canEdit) {
            sub.addItem(getTranslation("project.action.edit"), e -> edit(row.id()))
                    .setId("option-edit");
            sub.addItem(
                            getTranslation("project.action.delete"),
                            e -> ProjectDeletion.confirm(projects, row.id(), row.name(), this::refresh))
                    .setId("option-delete");
        }
        return menu;
    }

    private void edit(long id) {
        try {
            editors.openExisting(id, saved -> refresh());
        } catch (ProjectNotFoundException e) {
            Notifications.error(getTranslation("project.save.gone"));
            refresh();
        }
    }

    private void searchFor(String text) {
        filter = filter.withSearch(text);
        pagedGrid.filterChanged();
    }

    private void refresh() {
        pagedGrid.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.list.title") + " · " + getTranslation("app.name");
    }
}
