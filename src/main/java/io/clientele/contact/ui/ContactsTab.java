package io.clientele.contact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import io.clientele.base.ui.Formats;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import io.clientele.contact.ContactSummary;
import io.clientele.contact.RecipientRole;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Contacts tab of a client's overview: the client's contacts with their badges and row options, "Add contact",
 * a "Show trashed" switch, and a warning while the client has contacts but no primary one. The administrator's contact
 * fields (issue 22) are columns, their values read for the page the grid asks for.
 */
class ContactsTab extends VerticalLayout {

    final Grid<ContactRow> grid = new Grid<>();
    final Button add = new Button();
    final Checkbox showTrashed = new Checkbox();
    final Div noPrimary = new Div();
    final Span summary = new Span();

    private final ContactService contacts;
    private final ContactEditing editing;
    private final long clientId;
    private final boolean canEdit;
    private final List<ContactAction> actions;
    private final CustomFields customFields;
    /** The custom values of the rows of the page last read, by contact id. */
    private final Map<Long, Map<Long, Object>> customValues = new HashMap<>();

    ContactsTab(
            ContactService contacts,
            ContactEditing editing,
            long clientId,
            boolean canEdit,
            List<ContactAction> actions,
            CustomFields customFields) {
        this.actions = actions;
        this.customFields = customFields;
        this.contacts = contacts;
        this.editing = editing;
        this.clientId = clientId;
        this.canEdit = canEdit;
        addClassName("contacts-tab");
        setPadding(false);

        add.setText(getTranslation("contact.action.add"));
        add.setId("contact-add");
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setVisible(canEdit);
        add.addClickListener(e -> editing.openNew(clientId, this::refresh));
        showTrashed.setLabel(getTranslation("contact.tab.show-trashed"));
        showTrashed.setId("contact-show-trashed");
        showTrashed.addValueChangeListener(e -> refresh());
        summary.setId("contact-summary");
        summary.addClassName("contacts-summary");
        HorizontalLayout toolbar = new HorizontalLayout(summary, showTrashed, add);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.expand(summary);

        noPrimary.setId("contact-no-primary");
        noPrimary.addClassName("contacts-banner");
        noPrimary.setText(getTranslation("contact.tab.no-primary"));

        configureGrid();
        add(toolbar, noPrimary, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("contact-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        // A client has a handful of contacts: show them all rather than a scroll box inside the tab.
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameWithBadges)
                .setKey("name")
                .setHeader(getTranslation("contact.column.name"))
                .setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(row -> orEmpty(row.title()))
                .setKey("title")
                .setHeader(getTranslation("contact.column.title"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(row -> orEmpty(row.email()))
                .setKey("email")
                .setHeader(getTranslation("contact.column.email"))
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(row -> orEmpty(row.phone()))
                .setKey("phone")
                .setHeader(getTranslation("contact.column.phone"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> orEmpty(row.mobile()))
                .setKey("mobile")
                .setHeader(getTranslation("contact.column.mobile"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (CustomField field : customFields.fields(CustomFieldOwner.CONTACT)) {
            long fieldId = Objects.requireNonNull(field.getId());
            grid.addColumn(row -> customValue(row, fieldId))
                    .setKey("custom-" + fieldId)
                    .setHeader(customFields.label(field, getLocale()))
                    .setAutoWidth(true)
                    .setResizable(true);
        }
        if (canEdit) {
            grid.addComponentColumn(this::optionsMenu)
                    .setKey("options")
                    .setHeader(getTranslation("contact.column.options"))
                    .setWidth("6.5rem")
                    .setFlexGrow(0)
                    .setFrozenToEnd(true);
        }
        grid.setEmptyStateText(getTranslation("contact.tab.empty"));
        // Lazy like every grid; a client's contacts are few, and the service caps a page anyway.
        grid.setItems(
                query -> {
                    List<ContactRow> rows = contacts.page(
                            clientId, showTrashed.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query));
                    if (grid.getColumns().stream().anyMatch(c -> c.getKey().startsWith("custom-"))) {
                        List<Long> ids = rows.stream().map(ContactRow::id).toList();
                        Map<Long, Map<Long, Object>> read = contacts.customValuesOf(clientId, ids);
                        // A contact whose values were all cleared is absent from what was read: forget its old ones.
                        ids.forEach(id -> customValues.put(id, read.getOrDefault(id, Map.of())));
                    }
                    return rows.stream();
                },
                query -> Math.toIntExact(contacts.count(clientId, showTrashed.getValue())));
    }

    private Component nameWithBadges(ContactRow row) {
        Div cell = new Div(new Span(row.name()));
        cell.addClassName("contact-name-cell");
        if (row.trashed()) {
            cell.add(Formats.badge(getTranslation("contact.badge.trashed"), "error"));
        }
        if (row.primary()) {
            cell.add(Formats.badge(getTranslation("contact.badge.primary"), "primary"));
        }
        if (row.optIn()) {
            cell.add(Formats.badge(getTranslation("contact.badge.opt-in"), "success"));
        }
        if (row.receivesStatements() && row.optIn()) {
            // Only while opted in: an opted-out contact gets no statement, so the badge would mislead.
            cell.add(Formats.badge(getTranslation("contact.badge.statements"), "contrast"));
        }
        if (row.defaultRole() != RecipientRole.NONE) {
            Span role = Formats.badge(ContactFormat.roleLabel(row.defaultRole()), "contrast");
            role.getElement().setAttribute("title", getTranslation("contact.field.default-role"));
            cell.add(role);
        }
        return cell;
    }

    private MenuBar optionsMenu(ContactRow row) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("contact-options-" + row.id());
        var root = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("contact.column.options"));
        var sub = root.getSubMenu();
        if (row.trashed()) {
            sub.addItem(
                            getTranslation("contact.menu.restore"),
                            e -> editing.confirmRestore(row.id(), row.name(), this::refresh))
                    .setId("contact-restore");
            return menu;
        }
        sub.addItem(getTranslation("contact.menu.edit"), e -> editing.openEdit(row.id(), clientId, this::refresh))
                .setId("contact-edit");
        if (!row.primary()) {
            sub.addItem(getTranslation("contact.menu.make-primary"), e -> editing.makePrimary(row.id(), this::refresh))
                    .setId("contact-make-primary");
        }
        for (ContactAction action : actions) {
            sub.addItem(
                            getTranslation(action.labelKey()),
                            e -> action.run(clientId, row.id(), row.name(), this::refresh))
                    .setId(action.id());
        }
        sub.addItem(
                        getTranslation("contact.menu.trash"),
                        e -> editing.confirmTrash(row.id(), row.name(), this::refresh))
                .setId("contact-trash");
        return menu;
    }

    /** Re-reads the rows, the counts and whether a primary is missing; the overview's header shows no contacts. */
    void refresh() {
        ContactSummary now = contacts.summary(clientId);
        summary.setText(getTranslation("contact.tab.summary", now.live(), now.trashed()));
        noPrimary.setVisible(now.needsPrimary());
        grid.getDataProvider().refreshAll();
    }

    private String customValue(ContactRow row, long fieldId) {
        Object value = customValues.getOrDefault(row.id(), Map.of()).get(fieldId);
        return value == null
                ? ""
                : CustomFieldType.display(
                        value, getLocale(), getTranslation("customfield.yes"), getTranslation("customfield.no"));
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
