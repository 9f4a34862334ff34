package io.clientele.portal.ui;

import com.vaadin.flow.component.html.Anchor;
import io.clientele.base.ui.Downloads;
import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalRecords.Document;
import io.clientele.portal.PortalRecords.PdfFile;
import java.util.function.LongFunction;

/** The columns invoices and quotes share. */
final class PortalColumns {

    private PortalColumns() {}

    /** The shared columns, then a PDF download per row; {@code pdf} answers the file of a document id. */
    static void documents(PortalListView<Document> view, String statusPrefix, LongFunction<PdfFile> pdf) {
        view.column("number", "portal.col.number", Document::number);
        view.column("issueDate", "portal.col.issue-date", d -> BillingFormat.date(d.issueDate(), view.locale()));
        view.column("dueDate", "portal.col.due-date", d -> BillingFormat.date(d.dueDate(), view.locale()));
        view.column("status", "portal.col.status", d -> view.getTranslation(statusPrefix + d.status()));
        view.column("total", "portal.col.total", d -> BillingFormat.money(d.total(), d.currency(), view.locale()));
        view.column(
                "balance", "portal.col.balance", d -> BillingFormat.money(d.balance(), d.currency(), view.locale()));
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
