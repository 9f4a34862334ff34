package io.clientele.crm.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.preferences.UserPreferences;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.ColumnChooser;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.SearchField;
import io.clientele.base.ui.ViewHeader;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.crm.OpportunityFilter;
import io.clientele.crm.OpportunityNotFoundException;
import io.clientele.crm.OpportunityRow;
import io.clientele.crm.OpportunityService;
import io.clientele.crm.OpportunityStage;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/** The sales pipeline: every opportunity the user may see, one page at a time, searchable by stage and text. */
@Route("opportunities")
@Menu(order = 15, icon = "vaadin:funnel", title = "nav.opportunities")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class OpportunityListView extends VerticalLayout implements HasDynamicTitle {

    final SearchField search;
    final Select<OpportunityStage> stageFilter = new Select<>();
    final Button newOpportunity = new Button();
    final Grid<OpportunityRow> grid = new Grid<>();
    final PagedGrid<OpportunityRow> pagedGrid;
    final ColumnChooser columns;

    private final OpportunityViews views;
    private final boolean canEdit;
    private final String currency;
    private OpportunityFilter filter = OpportunityFilter.ALL;

    public OpportunityListView(OpportunityViews views, CurrentUser currentUser, UserPreferences preferences) {
        this.views = views;
        this.canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
        this.currency = views.settings.get().getDefaultCurrency();
        addClassName("opportunity-list-view");
        setSizeFull();

        search = new SearchField(
                "opportunity-search",
                getTranslation("crm.list.search"),
                text -> applyFilter(new OpportunityFilter(text, filter.stage())));
        stageFilter.setId("opportunity-stage-filter");
        stageFilter.setAriaLabel(getTranslation("crm.field.stage"));
        stageFilter.setEmptySelectionAllowed(true);
        stageFilter.setEmptySelectionCaption(getTranslation("crm.list.all-stages"));
        stageFilter.setItems(OpportunityStage.values());
        stageFilter.setItemLabelGenerator(
                s -> s == null ? getTranslation("crm.list.all-stages") : getTranslation(s.labelKey()));
        stageFilter.addValueChangeListener(e -> applyFilter(new OpportunityFilter(filter.search(), e.getValue())));

        newOpportunity.setId("new-opportunity");
        newOpportunity.setText(getTranslation("crm.list.new"));
        newOpportunity.setIcon(VaadinIcon.PLUS.create());
        newOpportunity.addThemeVariants(ButtonVariant.PRIMARY);
        newOpportunity.setVisible(canEdit);
        newOpportunity.addClickListener(
                e -> new OpportunityEditor(views, views.opportunities.newOpportunity(), this::refresh).open());

        configureGrid();
        pagedGrid = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> views.opportunities.list(filter, page), () -> views.opportunities.count(filter)));
        // Lead source and owner behind the column chooser by default: at 1366 px the row actions ("Mark won") stay on
        // screen, and the actions column is frozen to the end besides.
        columns = new ColumnChooser(
                grid,
                preferences,
                Set.of("leadSource", "owner"),
                "contact",
                "email",
                OpportunityService.SORT_STAGE,
                "leadSource",
                "owner",
                OpportunityService.SORT_INQUIRY,
                OpportunityService.SORT_VALUE);
        add(new ViewHeader(getTranslation("crm.list.title"), search, stageFilter, columns, newOpportunity), pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    private void configureGrid() {
        grid.setId("opportunity-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(OpportunityRow::companyName)
                .setKey(OpportunityService.SORT_COMPANY)
                .setSortProperty(OpportunityService.SORT_COMPANY)
                .setHeader(getTranslation("crm.field.company"))
                .setWidth("12rem")
                .setFlexGrow(2)
                .setResizable(true);
        grid.addColumn(OpportunityRow::contactName)
                .setKey("contact")
                .setHeader(getTranslation("crm.column.contact"))
                .setWidth("8rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(r -> r.email() == null ? "" : r.email())
                .setKey("email")
                .setHeader(getTranslation("client.field.email"))
                .setWidth("10rem")
                .setFlexGrow(1)
                .setResizable(true);
        grid.addColumn(r -> getTranslation(r.stage().labelKey()))
                .setKey(OpportunityService.SORT_STAGE)
                .setSortProperty(OpportunityService.SORT_STAGE)
                .setHeader(getTranslation("crm.field.stage"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.leadSource() == null ? "" : r.leadSource())
                .setKey("leadSource")
                .setHeader(getTranslation("client.field.lead-source"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OpportunityRow::ownerName)
                .setKey("owner")
                .setHeader(getTranslation("client.field.owner"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> LocalizedFormat.date(r.inquiryDate(), getLocale()))
                .setKey(OpportunityService.SORT_INQUIRY)
                .setSortProperty(OpportunityService.SORT_INQUIRY)
                .setHeader(getTranslation("client.field.inquiry-date"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.expectedValue() == null
                        ? ""
                        : LocalizedFormat.money(r.expectedValue(), currency, getLocale()))
                .setKey(OpportunityService.SORT_VALUE)
                .setSortProperty(OpportunityService.SORT_VALUE)
                .setHeader(getTranslation("crm.field.value"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true)
                .setFlexGrow(0);
        Span actionsHeader = new Span(getTranslation("client.column.options"));
        actionsHeader.addClassName("visually-hidden");
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(actionsHeader)
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("crm.list.empty"));
    }

    private Component actions(OpportunityRow row) {
        HorizontalLayout layout = new HorizontalLayout();
        layout.setSpacing(false);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        if (row.clientId() != null) {
            RouterLink client = new RouterLink(
                    getTranslation("crm.list.client"),
                    ClientOverviewView.class,
                    new RouteParameters("id", String.valueOf(row.clientId())));
            client.setId("opportunity-client-" + row.id());
            layout.add(client);
        }
        if (canEdit) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(row.id()));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            edit.setAriaLabel(getTranslation("crm.list.edit"));
            edit.setId("opportunity-edit-" + row.id());
            layout.add(edit);
            if (row.clientId() == null && row.stage() != OpportunityStage.LOST) {
                Button win = new Button(
                        getTranslation("crm.list.win"),
                        VaadinIcon.TROPHY.create(),
                        e -> new OpportunityConversion(views, row.id(), this::refresh).start());
                win.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SUCCESS);
                win.setId("opportunity-win-" + row.id());
                layout.add(win);
            }
        }
        return layout;
    }

    private void edit(long id) {
        try {
            new OpportunityEditor(views, views.opportunities.get(id), this::refresh).open();
        } catch (OpportunityNotFoundException e) {
            Notifications.error(getTranslation("crm.gone"));
            refresh();
        }
    }

    private void applyFilter(OpportunityFilter next) {
        filter = next;
        pagedGrid.filterChanged();
    }

    private void refresh() {
        pagedGrid.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.list.title") + " · " + getTranslation("app.name");
    }
}
