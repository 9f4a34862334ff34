package io.clientele.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Downloads;
import io.clientele.billing.BillingFormat;
import io.clientele.billing.CreditNoteRow;
import io.clientele.portal.PortalService;
import jakarta.annotation.security.RolesAllowed;

/** The credit notes issued to the client, each with the invoice it corrects and its PDF; part of the invoices. */
@Route(value = PortalRoutes.CREDIT_NOTES, layout = PortalLayout.class)
@RolesAllowed(Roles.CLIENT)
public class PortalCreditNotesView extends PortalListView<CreditNoteRow> {

    public PortalCreditNotesView(PortalService portal) {
        super("portal-credit-notes", "portal.nav.credit-notes", portal::creditNotes, portal::countCreditNotes);
        column("number", "portal.col.number", CreditNoteRow::number);
        column("issueDate", "portal.col.issue-date", n -> BillingFormat.date(n.issueDate(), locale()));
        column("invoice", "portal.col.invoice", CreditNoteRow::invoiceNumber);
        column("total", "portal.col.total", n -> BillingFormat.money(n.total(), n.currency(), locale()));
        grid.addComponentColumn(n -> {
                    Anchor link = Downloads.link(
                            getTranslation("portal.pdf.short"),
                            n.number() + ".pdf",
                            Downloads.PDF,
                            () -> portal.creditNotePdf(n.id()).content());
                    link.getElement().setAttribute("aria-label", getTranslation("portal.pdf.download-of", n.number()));
                    Anchor xml = Downloads.link(
                            getTranslation("einvoice.portal.xml.short"),
                            n.number() + ".xml",
                            "application/xml",
                            () -> portal.creditNoteXml(n.id()).content());
                    xml.setId("portal-credit-note-xml-" + n.id());
                    xml.getElement().setAttribute("aria-label", getTranslation("einvoice.portal.xml.of", n.number()));
                    xml.setVisible(n.einvoice());
                    return new HorizontalLayout(link, xml);
                })
                .setKey("pdf")
                .setHeader(getTranslation("portal.col.pdf"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
