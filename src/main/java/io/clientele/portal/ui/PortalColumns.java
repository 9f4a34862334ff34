package io.clientele.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Formats;
import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalRecords.Document;
import io.clientele.portal.PortalRecords.PdfFile;
import java.util.function.LongFunction;

/** The columns of the invoice and quote lists: what each kind of document has, as the back office shows it. */
final class PortalColumns {

    private PortalColumns() {}

    /** Invoices: due date and balance; then a PDF download per row. */
    static void invoices(PortalListView<Document> view, LongFunction<PdfFile> pdf, LongFunction<PdfFile> xml) {
        view.column("number", "portal.col.number", Document::number);
        view.column("issueDate", "portal.col.issue-date", d -> BillingFormat.date(d.issueDate(), view.locale()));
        view.column("dueDate", "portal.col.due-date", d -> BillingFormat.date(d.dueDate(), view.locale()));
        status(view);
        view.column("total", "portal.col.total", d -> BillingFormat.money(d.total(), d.currency(), view.locale()));
        view.column(
                "balance", "portal.col.balance", d -> BillingFormat.money(d.balance(), d.currency(), view.locale()));
        pdf(view, pdf);
        // The e-invoice XML next to the PDF (issue 24): what the client's accounting system reads.
        view.grid
                .addComponentColumn(d -> {
                    if (!d.einvoice()) {
                        // Issued for PDF only: nothing for an accounting system to read.
                        return new Span();
                    }
                    Anchor link = Downloads.link(
                            view.getTranslation("einvoice.portal.xml.short"),
                            d.number() + ".xml",
                            "application/xml",
                            () -> xml.apply(d.id()).content());
                    link.getElement()
                            .setAttribute("aria-label", view.getTranslation("einvoice.portal.xml.of", d.number()));
                    link.getElement().addEventListener("click", e -> {}).stopPropagation();
                    return link;
                })
                .setKey("xml")
                .setHeader(view.getTranslation("einvoice.portal.xml.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    /** Quotes: valid until instead of a due date, and no balance (nothing is owed on a quote). */
    static void quotes(PortalListView<Document> view, LongFunction<PdfFile> pdf) {
        view.column("number", "portal.col.number", Document::number);
        view.column("issueDate", "portal.col.issue-date", d -> BillingFormat.date(d.issueDate(), view.locale()));
        view.column("validUntil", "portal.col.valid-until", d -> BillingFormat.date(d.dueDate(), view.locale()));
        status(view);
        view.column("total", "portal.col.total", d -> BillingFormat.money(d.total(), d.currency(), view.locale()));
        pdf(view, pdf);
    }

    /** The status as badges, the back office's labels (see {@code DocumentStanding}). */
    private static void status(PortalListView<Document> view) {
        view.grid
                .addComponentColumn(d -> badges(view, d))
                .setKey("status")
                .setHeader(view.getTranslation("portal.col.status"))
                .setAutoWidth(true)
                .setSortable(false);
    }

    static HorizontalLayout badges(Component host, Document d) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.addClassName("badge-row");
        d.standing().forEach(label -> badges.add(Formats.badge(host.getTranslation(label.key()), label.tone())));
        return badges;
    }

    private static void pdf(PortalListView<Document> view, LongFunction<PdfFile> pdf) {
        view.grid
                .addComponentColumn(d -> {
                    Anchor link = Downloads.link(
                            view.getTranslation("portal.pdf.short"),
                            d.number() + ".pdf",
                            Downloads.PDF,
                            () -> pdf.apply(d.id()).content());
                    link.getElement()
                            .setAttribute("aria-label", view.getTranslation("portal.pdf.download-of", d.number()));
                    // A download, not a click on the row (which opens the invoice).
                    link.getElement().addEventListener("click", e -> {}).stopPropagation();
                    return link;
                })
                .setKey("pdf")
                .setHeader(view.getTranslation("portal.col.pdf"))
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
