package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** One client at a glance: who they are, how to reach them, where they are. Unknown or trashed ids say so. */
@Route("clients/:id")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ID = "id";
    private static final int MAX_PEOPLE = 20;

    private final ClientService clients;
    private final ClientEditors editors;
    private final boolean canEdit;
    private final List<ClientSection> sections;
    private final List<ClientAction> actions;
    private final UserDirectory users;
    private @Nullable Client client;
    private @Nullable String selectedTab;

    public ClientOverviewView(ClientService clients, ClientEditors editors, CurrentUser currentUser,
            ObjectProvider<ClientSection> sections, ObjectProvider<ClientAction> actions, UserDirectory users) {
        this.users = users;
        this.clients = clients;
        this.editors = editors;
        this.canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
        this.sections = sections.stream().sorted(Comparator.comparingInt(ClientSection::order)).toList();
        this.actions = actions.orderedStream().filter(ClientAction::isAvailable).toList();
        addClassName("client-overview-view");
    }

    static RouterLink link(String text, long id) {
        return new RouterLink(text, ClientOverviewView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    static void open(long id) {
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
                ClientFormat.badge(getTranslation("client.type." + c.getType().name()), "contrast"),
                c.isActive() ? ClientFormat.badge(getTranslation("client.active.yes"), "success")
                        : ClientFormat.badge(getTranslation("client.active.no"), "contrast"));
        badges.setSpacing(true);
        HorizontalLayout header = new HorizontalLayout(name, badges, new Div(), edit, options);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));

        Div facts = new Div();
        facts.addClassName("overview-facts");
        Client company = c.getCompany();
        if (c.getType() == ClientType.INDIVIDUAL && company != null && company.getId() != null) {
            facts.add(fact("client.field.company", link(company.getName(), company.getId())));
        }
        if (c.getEmail() != null) {
            facts.add(fact("client.field.email", new Anchor("mailto:" + c.getEmail(), c.getEmail())));
        }
        addText(facts, "client.field.phone", c.getPhone());
        addText(facts, "client.field.mobile", c.getMobile());
        if (c.getWebsite() != null) {
            String href = c.getWebsite().matches("(?i)^https?://.*") ? c.getWebsite() : "https://" + c.getWebsite();
            facts.add(fact("client.field.website", new Anchor(href, c.getWebsite(), AnchorTarget.BLANK)));
        }
        addText(facts, "client.field.tax-id", c.getTaxId());
        if (c.getType() == ClientType.COMPANY) {
            List<ClientRow> people = clients.members(id, MAX_PEOPLE + 1);
            if (!people.isEmpty()) {
                Div links = new Div();
                links.addClassName("fact-links");
                people.stream().limit(MAX_PEOPLE).forEach(p -> links.add(link(p.name(), p.id())));
                if (people.size() > MAX_PEOPLE) {
                    links.add(new Span(getTranslation("client.overview.more-people")));
                }
                facts.add(fact("client.overview.people", links));
            }
        }

        Div localization = new Div();
        localization.addClassName("overview-facts");
        Span owed = new Span(ClientFormat.money(c.getAmountOwed(), c.getCurrency(), getLocale()));
        owed.setId("overview-balance");
        owed.addClassName("amount-owed");
        localization.add(fact("client.overview.owes", owed));
        localization.add(fact("client.field.currency", new Span(c.getCurrency() + " \u2013 "
                + java.util.Currency.getInstance(c.getCurrency()).getDisplayName(getLocale()))));
        if (c.getPaymentTerm() != null) {
            localization.add(fact("client.field.payment-terms", new Span(getTranslation("client.payment-terms.label",
                    c.getPaymentTerm().getName(), c.getPaymentTerm().getDays()))));
        }
        localization.add(fact("client.field.language",
                new Span(java.util.Locale.forLanguageTag(c.getLanguage()).getDisplayLanguage(getLocale()))));
        if (!c.getGroups().isEmpty()) {
            HorizontalLayout groupBadges = new HorizontalLayout();
            groupBadges.setSpacing(false);
            groupBadges.addClassName("badge-row");
            c.getGroups().stream().map(io.clientele.client.ClientGroup::getName).sorted()
                    .forEach(g -> groupBadges.add(ClientFormat.badge(g, "primary")));
            localization.add(fact("client.field.groups", groupBadges));
        }
        if (c.getOwnerId() != null) {
            users.find(c.getOwnerId()).ifPresent(o -> localization.add(fact("client.field.owner",
                    new Span(o.displayName()))));
        }
        if (!c.getAssignedStaffIds().isEmpty()) {
            localization.add(fact("client.field.assigned-staff", new Span(users.find(c.getAssignedStaffIds())
                    .stream().map(UserRef::displayName).sorted().collect(java.util.stream.Collectors.joining(", ")))));
        }

        Div addresses = new Div();
        addresses.addClassName("overview-addresses");
        addresses.add(addressCard("client.section.billing-address", c.getBillingAddress()));
        addresses.add(addressCard("client.section.shipping-address", c.effectiveShippingAddress()));

        add(header, facts, localization, addresses);
        if (c.getNotes() != null && !c.getNotes().isBlank()) {
            Div notes = section("client.field.notes", new Paragraph(c.getNotes()));
            notes.addClassName("overview-notes");
            add(notes);
        }
        if (!sections.isEmpty()) {
            add(sectionTabs(id));
        }
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        if (c.getCreatedAt() != null && c.getUpdatedAt() != null) {
            Span audit = new Span(getTranslation("client.overview.audit", when.format(c.getCreatedAt()),
                    when.format(c.getUpdatedAt())));
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
            sub.addItem(getTranslation("client.action.trash"),
                    e -> new ClientTrashing(clients, () -> UI.getCurrent().navigate(ClientListView.class))
                            .confirmTrash(Set.of(id)))
                    .setId("option-trash");
        }
        menu.setVisible(!sub.getItems().isEmpty());
        return menu;
    }

    private void edit(long id) {
        editors.openExisting(id, saved -> show(clients.get(id)));
    }

    /** The features' sections as tabs; the selected tab survives a refresh of the overview. */
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
        for (ClientSection section : sections) {
            if (!section.visible(id)) {
                continue;
            }
            Tab tab = tabs.add(getTranslation(section.titleKey()), section.create(id, context));
            tab.setId("tab-" + section.id());
            if (section.id().equals(selectedTab)) {
                tabs.setSelectedTab(tab);
            }
        }
        tabs.addSelectedChangeListener(e -> selectedTab = e.getSelectedTab() == null ? null
                : e.getSelectedTab().getId().orElse("").replaceFirst("^tab-", ""));
        return tabs;
    }

    private Div addressCard(String titleKey, Address address) {
        String text = address.formatted(getLocale());
        Paragraph body = new Paragraph(text.isEmpty() ? getTranslation("client.overview.no-address") : text);
        body.addClassName("address-text");
        return section(titleKey, body);
    }

    private Div section(String titleKey, Component body) {
        Div card = new Div(new H3(getTranslation(titleKey)), body);
        card.addClassName("overview-card");
        return card;
    }

    private void addText(Div facts, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            facts.add(fact(key, new Span(value)));
        }
    }

    private Div fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        return fact;
    }

    private void showNotFound() {
        client = null;
        removeAll();
        H2 title = new H2(getTranslation("client.not-found.title"));
        title.setId("client-not-found");
        add(title, new Paragraph(getTranslation("client.not-found.text")),
                new RouterLink(getTranslation("client.not-found.back"), ClientListView.class));
    }

    @Override
    public String getPageTitle() {
        return (client == null ? getTranslation("client.not-found.title") : client.getName())
                + " · " + getTranslation("app.name");
    }
}
