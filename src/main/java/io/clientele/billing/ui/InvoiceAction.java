package io.clientele.billing.ui;

import com.vaadin.flow.component.contextmenu.SubMenu;
import io.clientele.billing.DocumentRow;

/**
 * Row menu entries on an issued invoice contributed by another feature as a Spring bean (payment reminders), so that
 * billing never depends on the features that act on its invoices — as {@code ClientAction} does for clients.
 */
public interface InvoiceAction {

    /**
     * Adds this feature's entries for an issued invoice.
     *
     * @param canEdit whether the user may change the invoice's client (read-only users only look)
     * @param afterChange refreshes the table after a change
     */
    void addItems(SubMenu menu, DocumentRow row, boolean canEdit, Runnable afterChange);
}
