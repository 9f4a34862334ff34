package io.clientele.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.contextmenu.GridContextMenu;
import com.vaadin.flow.component.grid.contextmenu.GridMenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.OptionsColumn;
import io.clientele.base.ui.PagedGrid;
import io.clientele.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

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
    private final GridContextMenu<AccountRow> rowMenu;

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
                        : LocalizedFormat.date(
                                r.lastLoginAt().atZone(ZoneId.systemDefault()).toLocalDate(), getLocale()))
                .setKey("lastLogin")
                .setHeader(getTranslation("account.field.last-login"));
        OptionsColumn.add(grid, "actions", "account-options-", getTranslation("client.column.options"), AccountRow::id);
        grid.getColumns().forEach(c -> c.setSortable(false));
        grid.getColumnByKey("name").setFlexGrow(2);
        grid.getColumnByKey("username").setFlexGrow(3);
        rowMenu = optionsMenu();
        pagedGrid = new PagedGrid<>(
                grid,
                PagedGrid.Source.of(
                        page -> accounts.list(search.getValue(), page), () -> accounts.count(search.getValue())));
        search.addValueChangeListener(e -> pagedGrid.filterChanged());
        search.setAriaLabel(getTranslation("account.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        add(new ViewHeader(getTranslation("nav.accounts"), search, newStaff, newClient), pagedGrid);
        setFlexGrow(1, pagedGrid);
        pagedGrid.refresh();
    }

    /** The Options menu of every row: edit, set-password link, enable or disable, delete. */
    private GridContextMenu<AccountRow> optionsMenu() {
        GridContextMenu<AccountRow> menu = grid.addContextMenu();
        menu.setId("account-options");
        GridMenuItem<AccountRow> edit = menu.addItem(
                getTranslation("account.action.edit"),
                e -> e.getItem().ifPresent(row -> new EditAccountDialog(accounts, row, this::refresh).open()));
        edit.setId("option-edit");
        GridMenuItem<AccountRow> link = menu.addItem(
                getTranslation("account.action.send-link"), e -> e.getItem().ifPresent(this::sendLink));
        link.setId("option-link");
        GridMenuItem<AccountRow> toggle = menu.addItem(
                "",
                e -> e.getItem().ifPresent(row -> {
                    accounts.setEnabled(row.id(), !row.enabled());
                    refresh();
                }));
        toggle.setId("option-toggle");
        GridMenuItem<AccountRow> delete = menu.addItem(
                getTranslation("account.action.delete"), e -> e.getItem().ifPresent(this::confirmDelete));
        delete.setId("option-delete");
        delete.addClassName("menu-item-danger");
        menu.setDynamicContentHandler(row -> {
            if (row == null) {
                return false;
            }
            toggle.setText(getTranslation(row.enabled() ? "account.action.disable" : "account.action.enable"));
            // Without an SMTP server the link is shown to the administrator instead of being e-mailed.
            link.setText(
                    getTranslation(links.mailDelivers() ? "account.action.send-link" : "account.action.show-link"));
            link.setEnabled(row.enabled() && (row.email() != null || !links.mailDelivers()));
            return true;
        });
        return menu;
    }

    /** The one Options menu the rows share (tests click its items for a row). */
    public GridContextMenu<AccountRow> rowMenu() {
        return rowMenu;
    }

    private void sendLink(AccountRow row) {
        if (!links.mailDelivers()) {
            new LinkDialog(links.issueLink(row.id()), row.displayName()).open();
            return;
        }
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
