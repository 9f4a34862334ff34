package io.clientele.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalNotFoundException;
import io.clientele.portal.PortalRecords.DocumentDetail;
import io.clientele.portal.PortalRecords.Line;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * One of the client's invoices, read-only. Another client's invoice, a draft, an unknown id or a closed section all
 * show the same "Not found".
 */
@Route(value = PortalRoutes.INVOICES + "/:id", layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalInvoiceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PortalService portal;
    private String title = "";

    public PortalInvoiceView(PortalService portal) {
        this.portal = portal;
        setId("portal-invoice");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            show(portal.invoice(id));
        } catch (NumberFormatException | PortalNotFoundException e) {
            title = getTranslation("portal.not-found");
            add(notFound(this));
        }
    }

    /** The one "Not found" the Client Center shows, whatever the reason. */
    static Component notFound(Component host) {
        H2 heading = new H2(host.getTranslation("portal.not-found"));
        heading.setId("portal-not-found");
        return new Div(heading, new Paragraph(host.getTranslation("portal.not-found.text")));
    }

    private void show(DocumentDetail detail) {
        Locale locale = getLocale();
        var doc = detail.document();
        title = getTranslation("billing.public.title", doc.number());
        H2 heading = new H2(title);
        heading.setId("portal-invoice-title");
        var status = PortalColumns.badges(this, doc);
        status.setId("portal-invoice-status");
        Anchor pdf = Downloads.link(
                getTranslation("portal.pdf.download"),
                doc.number() + ".pdf",
                Downloads.PDF,
                () -> portal.invoicePdf(doc.id()).content());
        pdf.setId("portal-invoice-pdf");
        pdf.addClassName("portal-download");
        Anchor xml = Downloads.link(
                getTranslation("einvoice.portal.xml"),
                doc.number() + ".xml",
                "application/xml",
                () -> portal.invoiceXml(doc.id()).content());
        xml.setId("portal-invoice-xml");
        xml.setVisible(doc.einvoice());
        xml.addClassName("portal-download");
        add(
                new RouterLink(getTranslation("portal.invoice.back"), PortalInvoicesView.class),
                heading,
                status,
                pdf,
                xml,
                new Paragraph(getTranslation("billing.public.issue-date") + ": "
                        + BillingFormat.date(doc.issueDate(), locale) + " · "
                        + getTranslation("billing.public.due-date") + ": "
                        + BillingFormat.date(doc.dueDate(), locale)));
        NativeTable lines = new NativeTable();
        lines.setId("portal-invoice-lines");
        lines.addClassName("public-invoice-lines");
        NativeTableRow head = new NativeTableRow();
        head.add(
                new NativeTableHeaderCell(getTranslation("billing.public.line.description")),
                new NativeTableHeaderCell(getTranslation("billing.public.line.quantity")),
                new NativeTableHeaderCell(getTranslation("billing.public.line.unit-price")),
                new NativeTableHeaderCell(getTranslation("billing.public.line.tax")),
                new NativeTableHeaderCell(getTranslation("billing.public.line.amount")));
        lines.getHead().add(head);
        String currency = doc.currency();
        for (Line line : detail.lines()) {
            lines.getBody()
                    .add(new NativeTableRow(
                            new NativeTableCell(line.description()),
                            new NativeTableCell(BillingFormat.quantity(line.quantity(), locale)),
                            new NativeTableCell(BillingFormat.money(line.unitPrice(), currency, locale)),
                            new NativeTableCell(BillingFormat.percent(line.taxRate(), locale)),
                            new NativeTableCell(BillingFormat.money(line.amount(), currency, locale))));
        }
        NativeTable totals = new NativeTable();
        totals.addClassName("public-invoice-totals");
        totals.getBody()
                .add(
                        total("billing.public.subtotal", detail.subtotal(), currency, "portal-invoice-subtotal"),
                        total("billing.public.tax", detail.taxTotal(), currency, "portal-invoice-tax"),
                        total("billing.public.total", doc.total(), currency, "portal-invoice-total"),
                        total("billing.public.paid", detail.paidTotal(), currency, "portal-invoice-paid"),
                        total("billing.public.balance", doc.balance(), currency, "portal-invoice-balance"));
        add(lines, totals);
        if (detail.notes() != null && !detail.notes().isBlank()) {
            Paragraph notes = new Paragraph(detail.notes());
            notes.addClassName("address-text");
            add(notes);
        }
    }

    private NativeTableRow total(String key, BigDecimal amount, String currency, String id) {
        NativeTableCell value = new NativeTableCell(BillingFormat.money(amount, currency, getLocale()));
        value.setId(id);
        return new NativeTableRow(new NativeTableHeaderCell(getTranslation(key)), value);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
