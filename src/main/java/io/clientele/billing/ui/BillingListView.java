package io.clientele.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.SearchField;
import io.clientele.base.ui.ViewHeader;
import io.clientele.billing.BillingFilter;

/** What the invoice, quote and payment lists share: a title, a search field, a New button and one table. */
abstract class BillingListView extends VerticalLayout implements HasDynamicTitle {

    final SearchField search;
    final Button create = new Button();
    protected BillingFilter filter = BillingFilter.all();
    /** Whose records: all (trashed clients' issued ones marked), live clients only, or clients in the Trash only. */
    final Select<BillingFilter.ClientTrash> clientTrashFilter = new Select<>();

    private final String titleKey;

    BillingListView(String titleKey, String createKey, CurrentUser currentUser) {
        this.titleKey = titleKey;
        setSizeFull();
        search = new SearchField("billing-search", getTranslation("billing.search"), text -> {
            filter = filter.withSearch(text);
            filterChanged();
        });
        clientTrashFilter.setId("client-trash-filter");
        clientTrashFilter.setItems(BillingFilter.ClientTrash.values());
        clientTrashFilter.setItemLabelGenerator(v -> getTranslation("billing.client-trash." + v.name()));
        clientTrashFilter.setValue(BillingFilter.ClientTrash.ANY);
        clientTrashFilter.setWidth("14rem");
        clientTrashFilter.addValueChangeListener(e -> {
            filter = filter.withClientTrash(e.getValue() == null ? BillingFilter.ClientTrash.ANY : e.getValue());
            filterChanged();
        });
        create.setId("billing-new");
        create.setText(getTranslation(createKey));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setVisible(canEdit(currentUser));
        create.addClickListener(e -> onCreate());
    }

    static boolean canEdit(CurrentUser currentUser) {
        return currentUser.hasRole(Roles.ADMIN) || currentUser.hasRole(Roles.STAFF);
    }

    /** A client's name in a list, marked when the client is in the Trash. */
    static String clientName(Component host, String name, boolean inTrash) {
        return inTrash ? name + " · " + host.getTranslation("billing.client-in-trash") : name;
    }

    /** Adds the header (with any extra filters) and the table; called by subclasses once the table exists. */
    protected void layout(Component table, Component... extraFilters) {
        ViewHeader header = new ViewHeader(getTranslation(titleKey));
        header.add(search);
        header.add(extraFilters);
        header.add(clientTrashFilter);
        header.add(create);
        add(header, table);
        setFlexGrow(1, table);
    }

    protected abstract void onCreate();

    protected abstract void filterChanged();

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
