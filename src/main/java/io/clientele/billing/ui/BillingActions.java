package io.clientele.billing.ui;

import com.vaadin.flow.component.contextmenu.SubMenu;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.DocumentRow;
import io.clientele.billing.DocumentType;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.QuoteService;
import org.springframework.stereotype.Component;

/**
 * Row actions about getting a document to the client (mark sent; e-mail and the public link join them), shared by
 * every billing table.
 */
@Component
class BillingActions {

    private final InvoiceService invoices;
    private final QuoteService quotes;

    BillingActions(InvoiceService invoices, QuoteService quotes) {
        this.invoices = invoices;
        this.quotes = quotes;
    }

    void addDocumentItems(SubMenu menu, DocumentType type, DocumentRow row, Runnable afterChange) {
        if ("DRAFT".equals(row.status())) {
            menu.addItem(Notifications.t("billing.action.mark-sent"),
                    e -> DocumentTable.run(() -> {
                        if (type == DocumentType.INVOICE) {
                            invoices.markSent(row.id());
                        } else {
                            quotes.markSent(row.id());
                        }
                        Notifications.success(Notifications.t("billing.marked-sent", row.number()));
                        afterChange.run();
                    })).setId("option-mark-sent");
        }
    }
}
