package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.account.AccountRow;
import io.clientele.account.AccountService;
import io.clientele.account.AccountType;
import io.clientele.account.PasswordLinks;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Formats;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.Pageable;

/** Administration of logins: search, create staff and client accounts, enable, disable and delete them. */
@Route("accounts")
@RolesAllowed(Roles.ADMIN)
@Menu(order = 85, icon = "vaadin:key", title = "nav.accounts")
public class AccountListView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<AccountRow> grid = new Grid<>();
    final PagedGrid<AccountRow> pagedGrid;
    private final AccountService accounts;
    private final PasswordLinks links;

    public AccountListView(AccountService accounts, PasswordLinks links) {
        this.accounts = accounts;
        this.links = links;
        setId("account-list");
        setSizeFull();
        search.setId("account-search");
        search.setPlaceholder(getTranslation("account.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Button newStaff = new Button(
                getTranslation("account.new.staff"),
                e -> new AccountDialog(accounts, links, false, this::refresh).open());
        newStaff.setId("account-new-staff");
        Button newClient = new Button(
                getTranslation("account.new.client"),
                e -> new AccountDialog(accounts, links, true, this::refresh).open());
        newClient.setId("account-new-client");
        newClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("account-grid");
        grid.addColumn(AccountRow::displayName).setKey("name").setHeader(getTranslation("account.field.name"));
        grid.addColumn(r -> r.email() == null || r.email().equals(r.username())
                        ? r.username()
                        : r.username() + " · " + r.email())
                .setKey("username")
                .setHeader(getTranslation("account.field.username"));
        grid.addColumn(r -> getTranslation(typeKey(r.type())))
                .setKey("type")
                .setHeader(getTranslation("account.field.type"));
        grid.addColumn(r -> r.clientName() == null ? "" : r.clientName())
                .setKey("client")
                .setHeader(getTranslation("account.field.client"));
        grid.addColumn(r -> getTranslation(r.enabled() ? "account.enabled" : "account.disabled"))
                .setKey("enabled")
                .setHeader(getTranslation("account.field.status"));
        grid.addComponentColumn(r -> new SignInStateCell(accounts, r, this::refresh))
                .setKey("signIn")
                .setHeader(getTranslation("account.field.sign-in"));
        grid.addColumn(r -> r.lastLoginAt() == null
                        ? ""
                        : Formats.date(
                                r.lastLoginAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale()))
                .setKey("lastLogin")
                .setHeader(getTranslation("account.field.last-login"));
        grid.addComponentColumn(this::actions).setKey("actions");
        grid.getColumns().forEach(c -> c.setSortable(false));
        pagedGrid = new PagedGrid<>(grid, new PagedGrid.Source<>() {
            @Override
            public List<AccountRow> fetch(Pageable page) {
                return accounts.list(search.getValue(), page);
            }

            @Override
            public long count() {
                return accounts.count(search.getValue());
            }
        });
        search.addValueChangeListener(e -> pagedGrid.filterChanged());
        HorizontalLayout toolbar = new HorizontalLayout(search, newStaff, newClient);
        add(new H2(getTranslation("nav.accounts")), toolbar, pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    private HorizontalLayout actions(AccountRow row) {
        Button toggle =
                new Button(getTranslation(row.enabled() ? "account.action.disable" : "account.action.enable"), e -> {
                    accounts.setEnabled(row.id(), !row.enabled());
                    refresh();
                });
        toggle.setId("account-toggle-" + row.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("account.action.delete"), e -> confirmDelete(row));
        delete.setId("account-delete-" + row.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        Button edit = new Button(
                getTranslation("account.action.edit"), e -> new EditAccountDialog(accounts, row, this::refresh).open());
        edit.setId("account-edit-" + row.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button link = new Button(getTranslation("account.action.send-link"), e -> sendLink(row));
        link.setId("account-link-" + row.id());
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.setEnabled(row.email() != null && row.enabled());
        return new HorizontalLayout(edit, link, toggle, delete);
    }

    private void sendLink(AccountRow row) {
        try {
            links.sendWelcome(row.id());
            Notifications.success(getTranslation("account.send-link.sent", row.email()));
        } catch (RuntimeException e) {
            Notifications.error(getTranslation("account.send-link.failed"));
        }
    }

    private void confirmDelete(AccountRow row) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("account.delete.title"),
                getTranslation("account.delete.text", row.displayName()),
                getTranslation("account.action.delete"),
                e -> {
                    try {
                        accounts.delete(row.id());
                        Notifications.success(getTranslation("account.deleted", row.displayName()));
                    } catch (RuleViolationException ex) {
                        Notifications.error(getTranslation(ex.getMessageKey()));
                    } catch (RuntimeException ex) {
                        // Time entries or other records still point at the login; disabling is the way then.
                        Notifications.error(getTranslation("account.delete.in-use"));
                    }
                    refresh();
                });
        dialog.setId("account-delete-confirm");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("account.action.cancel"));
        Confirmations.destructive(dialog);
        dialog.open();
    }

    private void refresh() {
        pagedGrid.refresh();
    }

    static String typeKey(AccountType type) {
        return switch (type) {
            case ADMIN -> "account.type.admin";
            case STAFF -> "account.type.staff";
            case MANAGER -> "account.type.manager";
            case CLIENT -> "account.type.client";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accounts");
    }
}
