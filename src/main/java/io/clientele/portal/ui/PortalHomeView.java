package io.clientele.portal.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Formats;
import io.clientele.billing.BillingFormat;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.client.PersonalDataService;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalRecords.Dashboard;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** The Client Center's landing page: whom it is for, what is owed and how many invoices are open. */
@Route(value = PortalRoutes.HOME, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService portal;
    private final Clock clock;
    private final DatePicker statementFrom = new DatePicker();
    private final DatePicker statementTo = new DatePicker();
    private Anchor statement;

    private final PersonalDataService personalData;
    // Custom fields (issue 22) marked visible to clients.
    private final CustomFields customFields;

    public PortalHomeView(
            PortalService portal, PersonalDataService personalData, Clock clock, CustomFields customFields) {
        this.customFields = customFields;
        this.portal = portal;
        this.personalData = personalData;
        this.clock = clock;
        setId("portal-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Dashboard dashboard;
        try {
            dashboard = portal.dashboard();
        } catch (PortalNotFoundException e) {
            add(PortalInvoiceView.notFound(this));
            return;
        }
        H2 welcome = new H2(getTranslation("portal.home.title", dashboard.clientName()));
        welcome.setId("portal-welcome");
        add(welcome);
        if (dashboard.amountOwed() != null) {
            add(fact(
                    "portal.home.owed",
                    "portal-owed",
                    BillingFormat.money(dashboard.amountOwed(), dashboard.currency(), getLocale())));
            add(fact("portal.home.open-invoices", "portal-open-invoices", String.valueOf(dashboard.openInvoices())));
            add(statement());
        } else {
            add(new Paragraph(getTranslation("portal.home.intro")));
        }
        add(customFieldValues());
        add(ownData());
    }

    /** Custom fields (issue 22): the values an administrator marked visible to clients, read only. */
    private Div customFieldValues() {
        Div facts = new Div();
        facts.setId("portal-custom-fields");
        facts.addClassName("overview-facts");
        customFields
                .ownVisible()
                .forEach((field, value) -> facts.add(Formats.fact(
                        customFields.label(field, getLocale()),
                        new Span(CustomFieldType.display(
                                value,
                                getLocale(),
                                getTranslation("customfield.yes"),
                                getTranslation("customfield.no"))))));
        facts.setVisible(facts.getChildren().findAny().isPresent());
        return facts;
    }

    /** The person's own data on request (GDPR): what is held about them and the documents they may see, as a ZIP. */
    private Div ownData() {
        Anchor download = Downloads.link(
                getTranslation("gdpr.portal.download"),
                "personal-data.zip",
                "application/zip",
                personalData::exportOwn);
        download.setId("portal-personal-data");
        download.addClassName("portal-download");
        Div section = new Div(
                new H3(getTranslation("gdpr.portal.title")),
                new Paragraph(getTranslation("gdpr.portal.text")),
                download);
        section.setId("portal-own-data");
        return section;
    }

    /** A statement of account for a period the client picks, as PDF in the client's language. */
    private Div statement() {
        LocalDate today = LocalDate.now(clock);
        statementFrom.setId("portal-statement-from");
        statementFrom.setLabel(getTranslation("report.from"));
        statementFrom.setValue(today.withDayOfYear(1));
        statementTo.setId("portal-statement-to");
        statementTo.setLabel(getTranslation("report.to"));
        statementTo.setValue(today);
        statementTo.setErrorMessage(getTranslation("report.period.invalid"));
        statement = Downloads.link(
                getTranslation("portal.statement.download"),
                // After the period, read when clicked: a folder of statements tells them apart.
                () -> "statement-" + statementFrom.getValue() + "-" + statementTo.getValue() + ".pdf",
                Downloads.PDF,
                () -> portal.statementPdf(statementFrom.getValue(), statementTo.getValue())
                        .content());
        statement.setId("portal-statement-pdf");
        statement.addClassName("portal-download");
        statementFrom.addValueChangeListener(e -> checkStatementPeriod());
        statementTo.addValueChangeListener(e -> checkStatementPeriod());
        H3 heading = new H3(getTranslation("portal.statement.title"));
        HorizontalLayout row = new HorizontalLayout(statementFrom, statementTo, statement);
        row.setAlignItems(Alignment.BASELINE);
        Div section = new Div(heading, new Paragraph(getTranslation("portal.statement.text")), row);
        section.setId("portal-statement");
        return section;
    }

    private void checkStatementPeriod() {
        LocalDate from = statementFrom.getValue();
        LocalDate to = statementTo.getValue();
        boolean valid = from != null && to != null && !to.isBefore(from);
        if (valid) {
            statement.getElement().setAttribute("download", "statement-" + from + "-" + to + ".pdf");
        }
        statementTo.setInvalid(from != null && to != null && to.isBefore(from));
        statement.setEnabled(valid);
    }

    private Div fact(String labelKey, String id, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("public-invoice-label");
        Span number = new Span(value);
        number.setId(id);
        Div fact = new Div(label, new Span(" "), number);
        fact.addClassName("portal-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.title");
    }
}
