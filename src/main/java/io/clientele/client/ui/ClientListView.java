package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.preferences.UserPreferences;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.ColumnChooser;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.OptionsColumn;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.SearchField;
import io.clientele.base.ui.ViewHeader;
import io.clientele.client.ClientExportService;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.client.ClientMergeService;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientSort;
import io.clientele.client.ClientTag;
import io.clientele.client.ClientTags;
import io.clientele.client.ClientType;
import io.clientele.client.CustomFieldFilter;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;

/** Every live client, one page at a time, searchable and sortable. */
@Route("clients")
@Menu(order = 10, icon = "vaadin:users", title = "nav.clients")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final SearchField search;
    final MultiSelectComboBox<ClientGroup> groupFilter = new MultiSelectComboBox<>();
    final Button newClient = new Button();
    final Button trashSelected = new Button();
    final Button mergeSelected = new Button();
    final Grid<ClientRow> grid = new Grid<>();
    final PagedGrid<ClientRow> pagedGrid;
    final Anchor exportCsv;
    final Button importCsv = new Button();
    final ColumnChooser columns;
    // Custom fields (issue 22).
    final CustomFieldColumns customFields;
    // Issue 22, tags: the filter, the batch buttons and the tag manager.
    final TagField tagFilter;
    final Button addTag = new Button();
    final Button removeTag = new Button();
    final Button manageTags = new Button();

    private final ClientService clients;
    private final ClientEditors editors;
    private final ClientTrashing trashing;
    private final List<ClientAction> actions;
    private final GridContextMenu<ClientRow> rowMenu;
    private ClientFilter filter = ClientFilter.live(null);

    public ClientListView(
            ClientService clients,
            ClientEditors editors,
            CurrentUser currentUser,
            ObjectProvider<ClientAction> actions,
            ClientGroupService groups,
            ClientExportService export,
            UserPreferences preferences,
            ClientMergeService merges,
            ClientTags tags) {
        this.clients = clients;
        this.editors = editors;
        this.actions = actions.orderedStream().filter(ClientAction::isAvailable).toList();
        this.trashing = new ClientTrashing(clients, this::refresh);
        addClassName("client-list-view");
        setSizeFull();
        boolean canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);

        search = new SearchField("client-search", getTranslation("client.list.search"), this::searchFor);
        // Word-prefix search: say what it finds, since it no longer finds any piece of a word.
        search.setTooltipText(getTranslation("client.list.search.hint"));

        groupFilter.setId("group-filter");
        groupFilter.setPlaceholder(getTranslation("client.list.group-filter"));
        groupFilter.setAriaLabel(getTranslation("client.list.group-filter"));
        groupFilter.setItems(groups.all());
        groupFilter.setItemLabelGenerator(ClientGroup::getName);
        groupFilter.setClearButtonVisible(true);
        groupFilter.setWidth("13rem");
        groupFilter.addValueChangeListener(e -> filterByGroups(e.getValue()));

        tagFilter = new TagField(tags, false);
        tagFilter.setId("tag-filter");
        tagFilter.setPlaceholder(getTranslation("tag.filter"));
        tagFilter.setAriaLabel(getTranslation("tag.filter"));
        tagFilter.setWidth("13rem");
        tagFilter.addValueChangeListener(e -> filterByTags(e.getValue()));
        configureTagButtons(tags, canEdit);

        trashSelected.setText(getTranslation("client.list.trash-selected"));
        trashSelected.setId("trash-selected");
        trashSelected.setIcon(VaadinIcon.TRASH.create());
        trashSelected.setEnabled(false);
        trashSelected.setVisible(canEdit);
        trashSelected.addClickListener(e -> trashing.confirmTrash(selectedIds()));

        // Two selected duplicates: merge them (the dialog asks which one survives).
        mergeSelected.setText(getTranslation("client.list.merge-selected"));
        mergeSelected.setId("merge-selected");
        mergeSelected.setIcon(VaadinIcon.COMPRESS_SQUARE.create());
        mergeSelected.setEnabled(false);
        mergeSelected.setVisible(canEdit);
        mergeSelected.addClickListener(e -> {
            List<ClientRow> two = List.copyOf(grid.getSelectedItems());
            if (two.size() == 2) {
                MergeClientAction.open(clients, merges, two.get(0).id(), two.get(1), this::refresh);
            }
        });

        newClient.setText(getTranslation("client.list.new"));
        newClient.setId("new-client");
        newClient.setIcon(VaadinIcon.PLUS.create());
        newClient.addThemeVariants(ButtonVariant.PRIMARY);
        newClient.setVisible(canEdit);
        newClient.addClickListener(e -> editors.openNew(saved -> refresh()));

        configureGrid(canEdit);
        // Custom fields (issue 22): their columns, their values per page and their filter.
        customFields = new CustomFieldColumns(
                editors.customFields, getLocale(), (key, arguments) -> getTranslation(key, arguments));
        List<String> customColumns = customFields.addColumns(grid);
        rowMenu = optionsMenu(canEdit);
        pagedGrid = new PagedGrid<>(grid, customFields.withValues(source(clients, () -> filter)));
        // Export and import of the list (client intake): streams the current filter and sort; import opens its page.
        exportCsv = Downloads.streamingLink(
                getTranslation("client.export.csv"),
                ClientCsv.FILE_NAME,
                ClientCsv.CONTENT_TYPE,
                out -> writeCsv(export, out));
        exportCsv.setId("export-csv");
        // An icon link that looks like the icon buttons beside it: one Tab stop, announced as "Export as CSV" (a
        // button inside a link was two stops and a nested control).
        exportCsv.setText("");
        exportCsv.add(VaadinIcon.DOWNLOAD.create());
        exportCsv.addClassName("icon-link-button");
        exportCsv.getElement().setAttribute("aria-label", getTranslation("client.export.csv"));
        exportCsv.getElement().setAttribute("title", getTranslation("client.export.csv"));
        importCsv.setId("import-csv");
        importCsv.setIcon(VaadinIcon.UPLOAD.create());
        importCsv.setAriaLabel(getTranslation("client.import.open"));
        importCsv.setTooltipText(getTranslation("client.import.open"));
        importCsv.setVisible(canEdit);
        // By route, not by class: the import feature depends on the client feature, not the other way round.
        importCsv.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("clients/import")));
        // Secondary columns behind a chooser, remembered per user: at 1366 px with the drawer open the name, e-mail and
        // location stay readable.
        List<String> choosable = new ArrayList<>(List.of(
                ClientSort.TYPE,
                ClientSort.EMAIL,
                ClientSort.PHONE,
                ClientSort.LOCATION,
                "groups",
                "tags",
                ClientSort.BALANCE,
                ClientSort.ACTIVE));
        // Tags too (issue 22): shown, they pushed the list past 1366 px again (issue 19); the tag filter, the overview
        // and the column chooser keep them one click away.
        Set<String> hiddenByDefault = new HashSet<>(Set.of(ClientSort.PHONE, "groups", "tags"));
        // Custom fields (issue 22): offered after the fixed columns, hidden until chosen.
        choosable.addAll(customColumns);
        hiddenByDefault.addAll(customColumns);
        columns = new ColumnChooser(grid, preferences, hiddenByDefault, choosable.toArray(String[]::new));
        // Title and actions on one line, what narrows the list on the next: at 1366 px with the drawer open the
        // German labels fit in two rows instead of three.
        HorizontalLayout filters = new HorizontalLayout(search, groupFilter, tagFilter);
        // Custom fields (issue 22).
        customFields.filter(this::filterByCustomField).forEach(filters::add);
        filters.addClassName("view-filters");
        add(
                new ViewHeader(
                        getTranslation("client.list.title"),
                        trashSelected,
                        mergeSelected,
                        addTag,
                        removeTag,
                        columns,
                        exportCsv,
                        importCsv,
                        manageTags,
                        newClient),
                filters,
                pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    private void configureGrid(boolean canEdit) {
        grid.setId("client-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.setSelectionMode(canEdit ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        // Cells rendered in the browser from templates, not one server-side component tree per row (issue 8: heap
        // per session). Lit escapes every ${item.…} binding: names stay text. "router-link" navigates inside the app,
        // as a RouterLink does.
        // A client's logo beside the name, fetched by the browser for the rows it shows (ClientLogoServlet); a row
        // without one names no image ("data:," fetches nothing) and hides the element.
        grid.addColumn(LitRenderer.<ClientRow>of("<span class=\"client-name-cell\"><img class=\"client-avatar\""
                                + " src=\"${item.logo}\" ?hidden=\"${!item.hasLogo}\" alt=\"\" loading=\"lazy\">"
                                + "<a href=\"${item.href}\" router-link>${item.name}</a></span>")
                        .withProperty("href", row -> ClientOverviewView.href(row.id()))
                        .withProperty("name", ClientRow::name)
                        .withProperty("hasLogo", ClientRow::hasLogo)
                        .withProperty(
                                "logo",
                                row -> row.logoVersion() == null
                                        ? "data:,"
                                        : ClientLogoServlet.thumbnailUrl(row.id(), row.logoVersion())))
                .setKey(ClientSort.NAME)
                .setSortProperty(ClientSort.NAME)
                .setHeader(getTranslation("client.column.name"))
                .setFlexGrow(1)
                .setWidth("10rem")
                .setResizable(true);
        grid.addColumn(LitRenderer.<ClientRow>of("<span class=\"badge badge-${item.variant}\">${item.type}</span>")
                        .withProperty("variant", row -> row.type() == ClientType.COMPANY ? "primary" : "")
                        .withProperty(
                                "type",
                                row -> getTranslation(
                                        "client.type." + row.type().name())))
                .setKey(ClientSort.TYPE)
                .setSortProperty(ClientSort.TYPE)
                .setHeader(getTranslation("client.column.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> ClientFormat.orEmpty(row.email()))
                .setKey(ClientSort.EMAIL)
                .setSortProperty(ClientSort.EMAIL)
                .setHeader(getTranslation("client.column.email"))
                // Wide enough at 1366 px with the drawer open for a typical address (the name needs less).
                .setWidth("15rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(row -> ClientFormat.orEmpty(row.phone()))
                .setKey(ClientSort.PHONE)
                .setSortProperty(ClientSort.PHONE)
                .setHeader(getTranslation("client.column.phone"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> ClientFormat.location(row, getLocale()))
                .setKey(ClientSort.LOCATION)
                .setSortProperty(ClientSort.LOCATION)
                .setHeader(getTranslation("client.column.location"))
                .setWidth("11rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(row -> String.join(", ", row.groups()))
                .setKey("groups")
                .setHeader(getTranslation("client.column.groups"))
                .setFlexGrow(1)
                .setResizable(true);
        // Issue 22: the client's tags as coloured badges, drawn by the browser from one list per row.
        grid.addColumn(LitRenderer.<ClientRow>of("<span class=\"client-tags\">${item.tags.map(t => html`"
                                + "<span class=\"client-tag ${t.css}\">${t.name}</span>`)}</span>")
                        .withProperty(
                                "tags",
                                row -> row.tags().stream()
                                        .map(t -> new Badge(t.name(), t.colour().cssClass()))
                                        .toList()))
                .setKey("tags")
                .setHeader(getTranslation("client.tags.column"))
                .setFlexGrow(1)
                .setResizable(true);
        // Amounts in different currencies do not compare: the sort goes by currency, then amount, and says so.
        Span balanceHeader = new Span(getTranslation("client.column.balance"));
        balanceHeader.setTitle(getTranslation("client.column.balance.sort"));
        balanceHeader.getElement().setAttribute("aria-description", getTranslation("client.column.balance.sort"));
        grid.addColumn(row -> LocalizedFormat.money(row.balance(), row.currency(), getLocale()))
                .setKey(ClientSort.BALANCE)
                .setSortProperty(ClientSort.BALANCE)
                .setHeader(balanceHeader)
                .setTooltipGenerator(row -> getTranslation("client.column.balance.sort"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<ClientRow>of("<span class=\"badge badge-${item.variant}\">${item.active}</span>")
                        .withProperty("variant", row -> row.active() ? "success" : "contrast")
                        .withProperty(
                                "active",
                                row -> getTranslation(row.active() ? "client.active.yes" : "client.active.no")))
                .setKey(ClientSort.ACTIVE)
                .setSortProperty(ClientSort.ACTIVE)
                .setHeader(getTranslation("client.column.active"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Right-click on a row opens the same menu as its Options button.
        OptionsColumn.add(grid, "options", "options-", getTranslation("client.column.options"), ClientRow::id);
        if (canEdit) {
            grid.addSelectionListener(e -> {
                trashSelected.setEnabled(!e.getAllSelectedItems().isEmpty());
                mergeSelected.setEnabled(e.getAllSelectedItems().size() == 2);
                addTag.setEnabled(!e.getAllSelectedItems().isEmpty());
                removeTag.setEnabled(!e.getAllSelectedItems().isEmpty());
            });
        }
        grid.setEmptyStateText(getTranslation("client.list.empty"));
    }

    /**
     * The list's pages for the filter as it is when a page is asked for, with the bounded count a search shows
     * ("more than 10,000"); the Trash pages the same way.
     */
    static PagedGrid.Source<ClientRow> source(ClientService clients, Supplier<ClientFilter> filter) {
        return PagedGrid.Source.of(
                page -> clients.list(filter.get(), page),
                () -> clients.countUpTo(filter.get(), ClientService.SEARCH_COUNT_LIMIT),
                ClientService.SEARCH_COUNT_LIMIT);
    }

    /** The Options menu of every row: View, Edit and Trash, then what other features contribute. */
    private GridContextMenu<ClientRow> optionsMenu(boolean canEdit) {
        GridContextMenu<ClientRow> menu = grid.addContextMenu();
        menu.setId("client-options");
        // Rows only: nothing to offer on the header or the empty area below the rows.
        menu.setDynamicContentHandler(Objects::nonNull);
        addOption(menu, "option-view", getTranslation("client.action.view"), row -> ClientOverviewView.open(row.id()));
        if (canEdit) {
            addOption(
                    menu,
                    "option-edit",
                    getTranslation("client.action.edit"),
                    row -> editors.openExisting(row.id(), saved -> refresh()));
            addOption(
                    menu,
                    "option-trash",
                    getTranslation("client.action.trash"),
                    row -> trashing.confirmTrash(Set.of(row.id())));
        }
        for (ClientAction action : actions) {
            addOption(
                    menu,
                    "option-" + action.id(),
                    getTranslation(action.labelKey()),
                    row -> action.run(row.id(), this::refresh));
        }
        return menu;
    }

    private static void addOption(
            GridContextMenu<ClientRow> menu, String id, String label, Consumer<ClientRow> action) {
        menu.addItem(label, e -> e.getItem().ifPresent(action)).setId(id);
    }

    /** The one Options menu the rows share (tests click its items for a row). */
    public GridContextMenu<ClientRow> rowMenu() {
        return rowMenu;
    }

    /** The list as CSV, exactly as filtered and sorted on screen right now. */
    void writeCsv(ClientExportService export, OutputStream out) throws IOException {
        Sort sort = Sort.by(grid.getSortOrder().stream()
                .map(o -> new Sort.Order(
                        o.getDirection() == SortDirection.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC,
                        o.getSorted().getKey()))
                .toList());
        ClientCsv.write(export, filter, sort, this, out, customFields);
    }

    private Set<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(ClientRow::id).collect(Collectors.toSet());
    }

    private void refresh() {
        grid.deselectAll();
        pagedGrid.refresh();
    }

    private void filterByGroups(Set<ClientGroup> selected) {
        filter = filter.withGroups(selected.stream()
                .map(ClientGroup::getId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        pagedGrid.filterChanged();
    }

    /** Custom fields (issue 22): narrows the list by one field's value, or stops doing so (null). */
    private void filterByCustomField(@Nullable CustomFieldFilter custom) {
        filter = filter.withCustom(custom);
        pagedGrid.filterChanged();
    }

    /** Issue 22: "Add tag…", "Remove tag…" on the selected rows and "Manage tags", for users who edit clients. */
    private void configureTagButtons(ClientTags tags, boolean canEdit) {
        addTag.setText(getTranslation("tag.batch.add.open"));
        addTag.setId("add-tag");
        addTag.setIcon(VaadinIcon.TAG.create());
        removeTag.setText(getTranslation("tag.batch.remove.open"));
        removeTag.setId("remove-tag");
        for (Button b : List.of(addTag, removeTag)) {
            b.setEnabled(false);
            b.setVisible(canEdit);
        }
        addTag.addClickListener(e -> new TagBatchDialog(tags, selectedIds(), true, this::refresh).open());
        removeTag.addClickListener(e -> new TagBatchDialog(tags, selectedIds(), false, this::refresh).open());
        manageTags.setId("manage-tags");
        manageTags.setIcon(VaadinIcon.TAGS.create());
        manageTags.setAriaLabel(getTranslation("tag.manage.open"));
        manageTags.setTooltipText(getTranslation("tag.manage.open"));
        manageTags.setVisible(canEdit);
        manageTags.addClickListener(e -> new TagManagerDialog(tags, this::refresh).open());
    }

    private void filterByTags(Set<ClientTag> selected) {
        filter = filter.withTags(
                selected.stream().map(ClientTag::getId).filter(Objects::nonNull).collect(Collectors.toSet()));
        pagedGrid.filterChanged();
    }

    private void searchFor(String text) {
        filter = filter.withSearch(text);
        pagedGrid.filterChanged();
    }

    /** {@code clients?group=7} (the dashboard's group links) opens the list filtered by that group. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("group", List.of());
        if (wanted.isEmpty()) {
            return;
        }
        Set<ClientGroup> groups = groupFilter
                .getListDataView()
                .getItems()
                .filter(g -> g.getId() != null && wanted.contains(String.valueOf(g.getId())))
                .collect(Collectors.toSet());
        if (!groups.isEmpty()) {
            groupFilter.setValue(groups);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("client.list.title") + " · " + getTranslation("app.name");
    }

    /**
     * One tag badge as the browser's template reads it ({@code t.name}, {@code t.css}); public, or the renderer cannot
     * serialize it (a {@code Map.of(...)} went out as an empty object and every badge was drawn blank).
     */
    public record Badge(String name, String css) {}
}
