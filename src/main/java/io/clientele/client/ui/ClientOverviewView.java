package io.clientele.client.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.ui.Formats;
import io.clientele.client.Client;
import io.clientele.client.ClientLogos;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** One client at a glance: who they are, how to reach them, where they are. Unknown or trashed ids say so. */
@Route("clients/:id")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ID = "id";

    private final ClientService clients;
    private final ClientEditors editors;
    private final boolean canEdit;
    private final List<ClientSection> sections;
    private final List<ClientAction> actions;
    private final UserDirectory users;
    private final ClientLogos logos;
    private final ClientParents parents;
    private @Nullable Client client;
    private @Nullable String selectedTab;

    public ClientOverviewView(
            ClientService clients,
            ClientEditors editors,
            CurrentUser currentUser,
            ObjectProvider<ClientSection> sections,
            ObjectProvider<ClientAction> actions,
            UserDirectory users,
            ClientLogos logos,
            ClientParents parents) {
        this.parents = parents;
        this.users = users;
        this.logos = logos;
        this.clients = clients;
        this.editors = editors;
        this.canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ClientSection::order))
                .toList();
        this.actions = actions.orderedStream().filter(ClientAction::isAvailable).toList();
        addClassName("client-overview-view");
    }

    /** A link to the overview of client {@code id}. */
    public static RouterLink link(String text, long id) {
        return new RouterLink(text, ClientOverviewView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    /** The address of client {@code id}'s overview, as a {@link #link} points to it (for templates in the browser). */
    public static String href(long id) {
        return RouteConfiguration.forApplicationScope()
                .getUrl(ClientOverviewView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    /** Opens the overview of client {@code id} in the current UI. */
    public static void open(long id) {
        UI.getCurrent().navigate(ClientOverviewView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(ID).orElse("");
        try {
            show(clients.get(Long.parseLong(raw)));
        } catch (NumberFormatException | ClientNotFoundException e) {
            showNotFound();
        }
    }

    private void show(Client c) {
        client = c;
        removeAll();
        Button edit = new Button(getTranslation("client.action.edit"), VaadinIcon.EDIT.create());
        edit.setId("overview-edit");
        edit.addThemeVariants(ButtonVariant.PRIMARY);
        edit.setVisible(canEdit);
        long id = c.getId() == null ? 0 : c.getId();
        edit.addClickListener(e -> edit(id));
        MenuBar options = optionsMenu(id);

        H2 name = new H2(c.getName());
        name.setId("overview-name");
        name.addClassName("view-title");
        HorizontalLayout badges = new HorizontalLayout(
                Formats.badge(getTranslation("client.type." + c.getType().name()), "contrast"),
                c.isActive()
                        ? Formats.badge(getTranslation("client.active.yes"), "success")
                        : Formats.badge(getTranslation("client.active.no"), "contrast"));
        badges.setSpacing(true);
        // Issue 22: the client's tags, each in its colour.
        badges.add(TagField.badges(c.getTags()));
        HorizontalLayout header = new HorizontalLayout(name, badges, new Div(), edit, options);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        logos.logo(id)
                .ifPresent(logo -> header.addComponentAsFirst(
                        ClientLogoDialog.image(logo, getTranslation("client.logo.alt-of", c.getName()))));

        add(header);
        // Issue 22: a subsidiary names its parent company, with a link.
        parents.parentOf(id).ifPresent(p -> add(SubsidiariesTab.partOf(getTranslation("parent.overview.part-of"), p)));
        add(new ClientFacts(c, clients, users, editors.settings, editors.leadSources));
        // Custom fields (issue 22).
        add(new CustomFieldFacts(editors.customFields, id));
        if (!sections.isEmpty()) {
            add(sectionTabs(id));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        if (c.getCreatedAt() != null && c.getUpdatedAt() != null) {
            Span audit = new Span(getTranslation(
                    "client.overview.audit", when.format(c.getCreatedAt()), when.format(c.getUpdatedAt())));
            audit.addClassName("overview-audit");
            add(audit);
        }
    }

    private MenuBar optionsMenu(long id) {
        MenuBar menu = new MenuBar();
        menu.setId("overview-options");
        var root = menu.addItem(getTranslation("client.overview.options"));
        root.addComponentAsFirst(VaadinIcon.ELLIPSIS_DOTS_V.create());
        var sub = root.getSubMenu();
        if (canEdit) {
            sub.addItem(getTranslation("client.action.edit"), e -> edit(id)).setId("option-edit");
        }
        for (ClientAction action : actions) {
            sub.addItem(getTranslation(action.labelKey()), e -> action.run(id, () -> show(clients.get(id))))
                    .setId("option-" + action.id());
        }
        if (canEdit) {
            sub.addItem(
                            getTranslation("client.action.trash"),
                            e -> new ClientTrashing(
                                            clients, () -> UI.getCurrent().navigate(ClientListView.class))
                                    .confirmTrash(Set.of(id)))
                    .setId("option-trash");
        }
        menu.setVisible(!sub.getItems().isEmpty());
        return menu;
    }

    private void edit(long id) {
        editors.openExisting(id, saved -> show(clients.get(id)));
    }

    /**
     * The features' sections as tabs; the selected tab survives a refresh of the overview. A section's content is
     * built when its tab is first shown: building every tab up front ran each section's queries and counts (eleven
     * grids) on every visit, for tabs most visits never open.
     */
    private TabSheet sectionTabs(long id) {
        TabSheet tabs = new TabSheet();
        tabs.setId("overview-sections");
        tabs.setWidthFull();
        ClientSection.ClientContext context = new ClientSection.ClientContext() {
            @Override
            public void refresh() {
                show(clients.get(id));
            }

            @Override
            public boolean canEdit() {
                return canEdit;
            }
        };
        Map<Tab, Runnable> builders = new HashMap<>();
        for (ClientSection section : sections) {
            if (!section.visible(id)) {
                continue;
            }
            Div content = new Div();
            content.setWidthFull();
            Tab tab = tabs.add(getTranslation(section.titleKey()), content);
            tab.setId("tab-" + section.id());
            builders.put(tab, () -> content.add(section.create(id, context)));
            if (section.id().equals(selectedTab)) {
                tabs.setSelectedTab(tab);
            }
        }
        buildSelected(tabs, builders);
        tabs.addSelectedChangeListener(e -> {
            selectedTab = e.getSelectedTab() == null
                    ? null
                    : e.getSelectedTab().getId().orElse("").replaceFirst("^tab-", "");
            buildSelected(tabs, builders);
        });
        return tabs;
    }

    /** Builds the selected tab's content the first time it is shown. */
    private static void buildSelected(TabSheet tabs, Map<Tab, Runnable> builders) {
        Tab selected = tabs.getSelectedTab();
        Runnable build = selected == null ? null : builders.remove(selected);
        if (build != null) {
            build.run();
        }
    }

    private void showNotFound() {
        client = null;
        removeAll();
        H2 title = new H2(getTranslation("client.not-found.title"));
        title.setId("client-not-found");
        add(
                title,
                new Paragraph(getTranslation("client.not-found.text")),
                new RouterLink(getTranslation("client.not-found.back"), ClientListView.class));
    }

    @Override
    public String getPageTitle() {
        return (client == null ? getTranslation("client.not-found.title") : client.getName()) + " · "
                + getTranslation("app.name");
    }
}
