package io.clientele.billing.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.billing.DocumentType;
import jakarta.annotation.security.RolesAllowed;

/** Every quote the user may see; approved ones convert into invoices from the row menu. */
@Route("quotes")
@Menu(order = 21, icon = "vaadin:file-text-o", title = "nav.quotes")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class QuoteListView extends BillingListView {

    final DocumentTable table;
    private final BillingEditors editors;

    public QuoteListView(BillingEditors editors, BillingActions actions, CurrentUser currentUser) {
        super("billing.quote.title", "billing.quote.new", currentUser);
        this.editors = editors;
        table = new DocumentTable(
                DocumentType.QUOTE,
                editors,
                actions,
                true,
                canEdit(currentUser),
                () -> filter,
                () -> table().refresh());
        layout(table);
    }

    private DocumentTable table() {
        return table;
    }

    @Override
    protected void onCreate() {
        editors.newQuote(null, saved -> table.refresh());
    }

    @Override
    protected void filterChanged() {
        table.paged.filterChanged();
    }
}
