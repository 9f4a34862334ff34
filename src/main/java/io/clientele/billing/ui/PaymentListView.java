package io.clientele.billing.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;

/** Every payment the user may see, newest first. */
@Route("payments")
@Menu(order = 22, icon = "vaadin:money", title = "nav.payments")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class PaymentListView extends BillingListView {

    final PaymentTable table;
    private final BillingEditors editors;

    public PaymentListView(BillingEditors editors, CurrentUser currentUser) {
        super("billing.payment.title", "billing.payment.new", currentUser);
        this.editors = editors;
        table = new PaymentTable(editors, true, canEdit(currentUser), () -> filter, () -> table().refresh());
        layout(table);
    }

    private PaymentTable table() {
        return table;
    }

    @Override
    protected void onCreate() {
        editors.newPayment(null, null, table::refresh);
    }

    @Override
    protected void filterChanged() {
        table.paged.filterChanged();
    }
}
