package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.SearchField;
import io.clientele.base.ui.ViewHeader;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientSort;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

/** Trashed clients: restore them, or (administrators only) delete them for good. */
@Route("clients/trash")
@Menu(order = 90, icon = "vaadin:trash", title = "nav.trash")
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ClientTrashView extends VerticalLayout implements HasDynamicTitle {

    final SearchField search;
    final Button restore = new Button();
    final Button delete = new Button();
    final Button deletionLog = new Button();
    final Grid<ClientRow> grid = new Grid<>();
    final PagedGrid<ClientRow> pagedGrid;

    private final ClientService clients;
    private final ClientParents parents;
    private ClientFilter filter = ClientFilter.trash(null);

    public ClientTrashView(ClientService clients, CurrentUser currentUser, ClientParents parents) {
        this.parents = parents;
        this.clients = clients;
        addClassName("client-trash-view");
        setSizeFull();

        search = new SearchField("trash-search", getTranslation("client.list.search"), this::searchFor);
        // Word-prefix search: say what it finds, since it no longer finds any piece of a word.
        search.setTooltipText(getTranslation("client.list.search.hint"));

        restore.setText(getTranslation("client.trash.restore"));
        restore.setId("restore-selected");
        restore.setIcon(VaadinIcon.ARROW_BACKWARD.create());
        restore.setEnabled(false);
        restore.addClickListener(e -> restoreSelected());

        delete.setText(getTranslation("client.trash.delete"));
        delete.setId("delete-selected");
        delete.setIcon(VaadinIcon.CLOSE_CIRCLE.create());
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setEnabled(false);
        // Administrators only; the service refuses everyone else as well.
        delete.setVisible(currentUser.hasRole(Roles.ADMIN));
        delete.addClickListener(e -> confirmDelete());

        grid.setId("trash-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(ClientRow::name)
                .setKey(ClientSort.NAME)
                .setSortProperty(ClientSort.NAME)
                .setHeader(getTranslation("client.column.name"))
                .setFlexGrow(3);
        grid.addColumn(row -> getTranslation("client.type." + row.type().name()))
                .setKey(ClientSort.TYPE)
                .setSortProperty(ClientSort.TYPE)
                .setHeader(getTranslation("client.column.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> ClientFormat.orEmpty(row.email()))
                .setKey(ClientSort.EMAIL)
                .setSortProperty(ClientSort.EMAIL)
                .setHeader(getTranslation("client.column.email"))
                .setFlexGrow(2);
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(row -> row.trashedAt() == null ? "" : when.format(row.trashedAt()))
                .setKey(ClientSort.TRASHED_AT)
                .setSortProperty(ClientSort.TRASHED_AT)
                .setHeader(getTranslation("client.column.trashed-at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // One click for the common case, one client back; the checkboxes and the header buttons are for many.
        grid.addComponentColumn(this::restoreButton)
                .setKey("restore")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("client.trash.empty"));
        grid.addSelectionListener(e -> {
            restore.setEnabled(!e.getAllSelectedItems().isEmpty());
            delete.setEnabled(!e.getAllSelectedItems().isEmpty());
        });

        pagedGrid = new PagedGrid<>(grid, ClientListView.source(clients, () -> filter));
        deletionLog.setText(getTranslation("client.deletions.open"));
        deletionLog.setId("open-deletion-log");
        deletionLog.setIcon(VaadinIcon.LIST.create());
        deletionLog.addThemeVariants(ButtonVariant.TERTIARY);
        deletionLog.setVisible(currentUser.hasRole(Roles.ADMIN));
        deletionLog.addClickListener(e -> new DeletionLogDialog(clients).open());
        add(new ViewHeader(getTranslation("client.trash.title"), search, restore, delete, deletionLog), pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    private List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(ClientRow::id).collect(Collectors.toList());
    }

    private void restoreSelected() {
        int restored = clients.restore(selectedIds());
        grid.deselectAll();
        pagedGrid.refresh();
        Notifications.success(getTranslation("client.trash.restored", restored));
    }

    private Button restoreButton(ClientRow row) {
        Button button = new Button(getTranslation("client.trash.restore"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
            int restored = clients.restore(List.of(row.id()));
            grid.deselect(row);
            pagedGrid.refresh();
            Notifications.success(getTranslation("client.trash.restored", restored));
        });
        button.setId("restore-" + row.id());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation("client.trash.restore-one", row.name()));
        return button;
    }

    /** How many issued document numbers the confirmation lists before it says "and n more". */
    static final int RECORDS_NAMED = 30;

    /** Issue 22: subsidiaries of a deleted parent stay, without a parent company; the confirmation says so. */
    private String subsidiariesStay(List<Long> ids) {
        long n = parents.countSubsidiaries(ids);
        return n == 0 ? "" : " " + getTranslation("parent.delete.subsidiaries-stay", n);
    }

    private void confirmDelete() {
        List<Long> ids = selectedIds();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete");
        confirm.setHeader(getTranslation("client.delete.confirm.title"));
        String with = clients.dependents(ids).entrySet().stream()
                .map(e -> getTranslation(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
        List<String> records = clients.issuedRecords(ids);
        // Issued documents are records the law may require to be kept: name them, not only count them.
        String named = records.size() <= RECORDS_NAMED
                ? String.join(", ", records)
                : String.join(", ", records.subList(0, RECORDS_NAMED)) + " "
                        + getTranslation("client.delete.confirm.records-more", records.size() - RECORDS_NAMED);
        confirm.setText(getTranslation("client.delete.confirm.text", ids.size())
                + (with.isEmpty() ? "" : " " + getTranslation("client.delete.confirm.with", with))
                + (records.isEmpty() ? "" : " " + getTranslation("client.delete.confirm.records", named))
                + subsidiariesStay(ids));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("client.delete.confirm.button", ids.size()));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            int deleted = clients.deletePermanently(ids);
            grid.deselectAll();
            pagedGrid.refresh();
            Notifications.success(getTranslation("client.delete.done", deleted));
        });
        confirm.open();
    }

    private void searchFor(String text) {
        filter = filter.withSearch(text);
        pagedGrid.filterChanged();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("client.trash.title") + " · " + getTranslation("app.name");
    }
}
