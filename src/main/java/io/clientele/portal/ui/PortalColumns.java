package io.clientele.portal.ui;

import io.clientele.billing.BillingFormat;
import io.clientele.portal.PortalRecords.Document;

/** The columns invoices and quotes share. */
final class PortalColumns {

    private PortalColumns() {
    }

    static void documents(PortalListView<Document> view, String statusPrefix) {
        view.column("number", "portal.col.number", Document::number);
        view.column("issueDate", "portal.col.issue-date", d -> BillingFormat.date(d.issueDate(), view.locale()));
        view.column("dueDate", "portal.col.due-date", d -> BillingFormat.date(d.dueDate(), view.locale()));
        view.column("status", "portal.col.status", d -> view.getTranslation(statusPrefix + d.status()));
        view.column("total", "portal.col.total", d -> BillingFormat.money(d.total(), d.currency(), view.locale()));
        view.column("balance", "portal.col.balance",
                d -> BillingFormat.money(d.balance(), d.currency(), view.locale()));
    }
}
