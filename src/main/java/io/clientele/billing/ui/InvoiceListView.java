package io.clientele.billing.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.billing.DocumentType;
import io.clientele.billing.InvoiceStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every invoice the user may see, newest first, searchable by number or client and filterable by status. */
@Route("invoices")
@Menu(order = 20, icon = "vaadin:invoice", title = "nav.invoices")
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class InvoiceListView extends BillingListView implements BeforeEnterObserver {

    final MultiSelectComboBox<InvoiceStatus> statusFilter = new MultiSelectComboBox<>();
    final DocumentTable table;
    private final BillingEditors editors;

    public InvoiceListView(BillingEditors editors, BillingActions actions, CurrentUser currentUser) {
        super("billing.invoice.title", "billing.invoice.new", currentUser);
        this.editors = editors;
        statusFilter.setId("status-filter");
        statusFilter.setPlaceholder(getTranslation("billing.status-filter"));
        statusFilter.setItems(InvoiceStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("billing.status.invoice." + s.name()));
        statusFilter.setWidth("14rem");
        statusFilter.addValueChangeListener(e -> {
            filter = filter.withStatuses(e.getValue().stream().map(Enum::name).collect(Collectors.toSet()));
            filterChanged();
        });
        table = new DocumentTable(
                DocumentType.INVOICE, editors, actions, true, canEdit(currentUser), () -> filter, this::refresh);
        layout(table, statusFilter);
    }

    /** {@code invoices?status=OVERDUE} (the dashboard's links) opens the list with that status filter set. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("status", List.of());
        Set<InvoiceStatus> statuses = Arrays.stream(InvoiceStatus.values())
                .filter(s -> wanted.contains(s.name()))
                .collect(Collectors.toSet());
        if (!statuses.isEmpty()) {
            statusFilter.setValue(statuses);
        }
    }

    @Override
    protected void onCreate() {
        editors.newInvoice(null, saved -> refresh());
    }

    @Override
    protected void filterChanged() {
        table.paged.filterChanged();
    }

    private void refresh() {
        table.refresh();
    }
}
