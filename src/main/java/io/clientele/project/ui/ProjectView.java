package io.clientele.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Formats;
import io.clientele.billing.ui.BillingEditors;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.project.BillingMethod;
import io.clientele.project.ProjectNotFoundException;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectService;
import io.clientele.project.TimeEntryFilter;
import io.clientele.project.TimeInvoicing;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One project: its terms, what it costs so far, and the time logged on it. Unknown or hidden ids say so. */
@Route("projects/:id")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ProjectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    final Button edit = new Button();
    final Button delete = new Button();
    final Button invoice = new Button();
    final Span cost = new Span();

    @Nullable
    TimeEntryList timesheet;

    private final ProjectService projects;
    private final ProjectEditors editors;
    private final TimeInvoicing invoicing;
    private final BillingEditors billingEditors;
    private final boolean canEdit;
    private final Div facts = new Div();
    private final H2 title = new H2();
    private @Nullable ProjectRow project;

    public ProjectView(
            ProjectService projects,
            ProjectEditors editors,
            TimeInvoicing invoicing,
            BillingEditors billingEditors,
            CurrentUser currentUser) {
        this.projects = projects;
        this.editors = editors;
        this.invoicing = invoicing;
        this.billingEditors = billingEditors;
        this.canEdit = currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
        addClassName("project-view");
        title.setId("project-title");
        title.addClassName("view-title");
        edit.setText(getTranslation("project.action.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.setId("project-edit");
        edit.addThemeVariants(ButtonVariant.PRIMARY);
        edit.setVisible(canEdit);
        edit.addClickListener(e -> {
            long id = shownId();
            editors.openExisting(id, saved -> showFacts(projects.summary(id)));
        });
        delete.setText(getTranslation("project.action.delete"));
        delete.setIcon(VaadinIcon.TRASH.create());
        delete.setId("project-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.setVisible(canEdit);
        delete.addClickListener(e -> ProjectDeletion.confirm(
                projects, shownId(), title.getText(), () -> UI.getCurrent().navigate(ProjectListView.class)));
        invoice.setText(getTranslation("project.action.invoice"));
        invoice.setIcon(VaadinIcon.INVOICE.create());
        invoice.setId("project-invoice");
        invoice.setVisible(canEdit);
        invoice.addClickListener(e -> openInvoicing());
        facts.addClassName("overview-facts");
        cost.setId("project-cost");
        cost.addClassName("amount-owed");
    }

    private long shownId() {
        return Objects.requireNonNull(project).id();
    }

    static RouterLink link(String text, long id) {
        return new RouterLink(text, ProjectView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    static void open(long id) {
        UI.getCurrent().navigate(ProjectView.class, new RouteParameters(ID, String.valueOf(id)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get(ID).orElse("")));
        } catch (NumberFormatException | ProjectNotFoundException e) {
            showNotFound();
        }
    }

    private void show(long id) {
        ProjectRow row = projects.summary(id);
        removeAll();
        HorizontalLayout header = new HorizontalLayout(title, new Div(), delete, invoice, edit);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));
        showFacts(row);

        timesheet = new TimeEntryList(
                editors, TimeEntryFilter.forProject(id), canEdit, id, null, () -> showFacts(projects.summary(id)));
        add(header, facts, new H3(getTranslation("project.timesheets.title")), timesheet);
    }

    /** "Invoice…": a draft of the project's unbilled time or a share of its price, opened for editing at once. */
    private void openInvoicing() {
        ProjectRow row = Objects.requireNonNull(project);
        new TimeInvoiceDialog(invoicing, row.id(), row.billingMethod(), created -> {
                    changedTime(row.id());
                    billingEditors.editInvoice(Objects.requireNonNull(created.getId()), saved -> changedTime(row.id()));
                })
                .open();
    }

    private void changedTime(long id) {
        showFacts(projects.summary(id));
        if (timesheet != null) {
            timesheet.refresh();
        }
    }

    /** The header facts, again after an edit or a change of logged time (the cost follows the hours). */
    private void showFacts(ProjectRow row) {
        project = row;
        title.setText(row.name());
        facts.removeAll();
        facts.add(fact("project.field.client", ClientOverviewView.link(row.clientName(), row.clientId())));
        facts.add(fact("project.field.start", new Span(LocalizedFormat.date(row.startDate(), getLocale()))));
        if (row.dueDate() != null) {
            facts.add(fact("project.field.due", new Span(LocalizedFormat.date(row.dueDate(), getLocale()))));
        }
        facts.add(
                fact("project.field.billing-method", new Span(ProjectFormat.billingMethod(this, row.billingMethod()))));
        BigDecimal amount = row.billingMethod() == BillingMethod.HOURLY ? row.hourlyRate() : row.fixedCost();
        if (amount != null) {
            facts.add(fact(
                    row.billingMethod() == BillingMethod.HOURLY
                            ? "project.field.hourly-rate"
                            : "project.field.fixed-cost",
                    new Span(LocalizedFormat.money(amount, row.currency(), getLocale()))));
        }
        facts.add(
                fact("project.field.billable-hours", new Span(ProjectFormat.hours(row.billableHours(), getLocale()))));
        cost.setText(LocalizedFormat.money(row.cost(), row.currency(), getLocale()));
        facts.add(fact("project.field.cost", cost));
        if (!row.members().isEmpty()) {
            facts.add(fact("project.field.members", new Span(String.join(", ", row.members()))));
        }
        String description = projects.get(row.id()).getDescription();
        if (description != null && !description.isBlank()) {
            facts.add(fact("project.field.description", new Paragraph(description)));
        }
    }

    private Div fact(String labelKey, Component value) {
        return Formats.fact(getTranslation(labelKey), value);
    }

    private void showNotFound() {
        project = null;
        timesheet = null;
        removeAll();
        H2 notFound = new H2(getTranslation("project.not-found.title"));
        notFound.setId("project-not-found");
        add(
                notFound,
                new Paragraph(getTranslation("project.not-found.text")),
                new RouterLink(getTranslation("project.not-found.back"), ProjectListView.class));
    }

    @Override
    public String getPageTitle() {
        return (project == null ? getTranslation("project.not-found.title") : project.name()) + " · "
                + getTranslation("app.name");
    }
}
