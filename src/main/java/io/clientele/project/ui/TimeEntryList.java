package io.clientele.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.project.HoursTotal;
import io.clientele.project.ProjectService;
import io.clientele.project.TimeEntryFilter;
import io.clientele.project.TimeEntryNotFoundException;
import io.clientele.project.TimeEntryRow;
import io.clientele.project.TimeEntrySort;
import org.jspecify.annotations.Nullable;

/**
 * A timesheet: time entries one page at a time with their total, an Add button, and Edit / Delete for the entries
 * the user may change. Shared by the project view (one project) and the client overview (all of a client's).
 */
class TimeEntryList extends VerticalLayout {

    final Button add = new Button();
    final Span total = new Span();
    final Grid<TimeEntryRow> grid = new Grid<>();
    final PagedGrid<TimeEntryRow> pagedGrid;

    private final ProjectService projects;
    private final ProjectEditors editors;
    private final TimeEntryFilter filter;
    private final Runnable afterChange;

    /**
     * @param newOnProject a project new time goes on (and stays on), or null to let the user pick one
     * @param newForClient a client whose projects new time may go on, or null for any
     * @param afterChange  runs after an entry was added, changed or deleted, e.g. to show a new cost
     */
    TimeEntryList(
            ProjectEditors editors,
            TimeEntryFilter filter,
            boolean canEdit,
            @Nullable Long newOnProject,
            @Nullable Long newForClient,
            Runnable afterChange) {
        this.projects = editors.projects;
        this.editors = editors;
        this.filter = filter;
        this.afterChange = afterChange;
        addClassName("time-entry-list");
        setPadding(false);
        setWidthFull();

        add.setId("time-add");
        add.setText(getTranslation("project.time.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setVisible(canEdit);
        add.addClickListener(e -> editors.openNewTimeEntry(newOnProject, newForClient, saved -> changed()));
        total.setId("time-total");
        total.addClassName("time-total");
        HorizontalLayout toolbar = new HorizontalLayout(total, add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.expand(total);

        configureGrid(newOnProject == null);
        pagedGrid = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> projects.timeEntries(filter, page), () -> projects.countTimeEntries(filter)));
        pagedGrid.setHeight("28rem");
        add(toolbar, pagedGrid);
        refresh();
    }

    private void configureGrid(boolean showProject) {
        grid.setId("time-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(row -> LocalizedFormat.date(row.workDate(), getLocale()))
                .setKey(TimeEntrySort.DATE)
                .setSortProperty(TimeEntrySort.DATE)
                .setHeader(getTranslation("project.time.column.date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (showProject) {
            grid.addComponentColumn(row -> new RouterLink(
                            row.projectName(),
                            ProjectView.class,
                            new RouteParameters(ProjectView.ID, String.valueOf(row.projectId()))))
                    .setKey(TimeEntrySort.PROJECT)
                    .setSortProperty(TimeEntrySort.PROJECT)
                    .setHeader(getTranslation("project.time.column.project"))
                    .setFlexGrow(2)
                    .setResizable(true);
        }
        grid.addColumn(TimeEntryRow::userName)
                .setKey("user")
                .setHeader(getTranslation("project.time.column.user"))
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(row -> ProjectFormat.hours(row.hours(), getLocale()))
                .setKey(TimeEntrySort.HOURS)
                .setSortProperty(TimeEntrySort.HOURS)
                .setHeader(getTranslation("project.time.column.hours"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> getTranslation(
                        row.billed()
                                ? "project.time.billed-state"
                                : row.billable() ? "project.time.billable.yes" : "project.time.billable.no"))
                .setKey(TimeEntrySort.BILLABLE)
                .setSortProperty(TimeEntrySort.BILLABLE)
                .setHeader(getTranslation("project.time.column.billable"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.description() == null ? "" : row.description())
                .setKey("description")
                .setHeader(getTranslation("project.time.column.description"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addComponentColumn(this::optionsMenu)
                .setKey("options")
                .setHeader(getTranslation("project.column.options"))
                .setWidth("6.5rem")
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("project.time.empty"));
    }

    private MenuBar optionsMenu(TimeEntryRow row) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("time-options-" + row.id());
        // Only the entries the user may change get a menu; the service checks again.
        menu.setVisible(row.editable());
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("project.column.options"));
        root.getSubMenu()
                .addItem(getTranslation("project.action.edit"), e -> edit(row.id()))
                .setId("time-option-edit");
        root.getSubMenu()
                .addItem(getTranslation("project.action.delete"), e -> confirmDelete(row))
                .setId("time-option-delete");
        return menu;
    }

    private void edit(long id) {
        try {
            editors.openTimeEntry(id, saved -> changed());
        } catch (TimeEntryNotFoundException e) {
            Notifications.error(getTranslation("project.time.save.gone"));
            changed();
        }
    }

    private void confirmDelete(TimeEntryRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-time");
        confirm.setHeader(getTranslation("project.time.delete.title"));
        confirm.setText(getTranslation(
                "project.time.delete.text",
                ProjectFormat.hours(row.hours(), getLocale()),
                LocalizedFormat.date(row.workDate(), getLocale()),
                row.projectName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("project.action.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            try {
                projects.deleteTimeEntry(row.id());
                Notifications.success(getTranslation("project.time.deleted"));
            } catch (TimeEntryNotFoundException ex) {
                Notifications.error(getTranslation("project.time.save.gone"));
            } catch (RuleViolationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
            changed();
        });
        confirm.open();
    }

    private void changed() {
        refresh();
        afterChange.run();
    }

    /** Re-reads the page and the total. */
    void refresh() {
        pagedGrid.refresh();
        HoursTotal sum = projects.totalHours(filter);
        total.setText(getTranslation(
                "project.time.total",
                ProjectFormat.hours(sum.hours(), getLocale()),
                ProjectFormat.hours(sum.billableHours(), getLocale())));
    }
}
