package io.clientele.client.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientGroupService;
import io.clientele.settings.ui.NameDialog;
import org.springframework.dao.OptimisticLockingFailureException;

/** Client groups: create, rename, and delete with the number of clients it affects. */
class ClientGroupsPanel extends Composite<VerticalLayout> {

    final Grid<ClientGroup> grid = new Grid<>();
    final Button add = new Button();
    private final ClientGroupService groups;

    ClientGroupsPanel(ClientGroupService groups) {
        this.groups = groups;
        add.setId("group-add");
        add.setText(getTranslation("settings.group.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> edit(new ClientGroup()));
        grid.setId("groups-grid");
        grid.addColumn(ClientGroup::getName).setKey("name").setHeader(getTranslation("settings.group.name"));
        grid.addColumn(groups::countMembers).setKey("members").setHeader(getTranslation("settings.group.members"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("48rem");
        grid.setEmptyStateText(getTranslation("settings.group.empty"));
        getContent().add(add, grid);
        reload();
    }

    private HorizontalLayout actions(ClientGroup group) {
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> edit(group));
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.setAriaLabel(getTranslation("settings.rename"));
        rename.setId("group-rename-" + group.getId());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(group));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("settings.delete"));
        delete.setId("group-delete-" + group.getId());
        return new HorizontalLayout(rename, delete);
    }

    private void edit(ClientGroup group) {
        new NameDialog(
                        getTranslation(group.isNew() ? "settings.group.add" : "settings.group.rename"),
                        getTranslation("settings.group.name"),
                        group.getName(),
                        ClientGroup.NAME_MAX,
                        null,
                        dialog -> {
                            String previous = group.getName();
                            group.setName(dialog.name.getValue());
                            try {
                                groups.save(group);
                                reload();
                                Notifications.success(getTranslation("settings.saved"));
                                return true;
                            } catch (RuleViolationException e) {
                                group.setName(previous);
                                Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
                            } catch (OptimisticLockingFailureException e) {
                                Notifications.error(getTranslation("settings.conflict"));
                                reload();
                            }
                            return false;
                        })
                .open();
    }

    private void confirmDelete(ClientGroup group) {
        long members = groups.countMembers(group);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-group");
        confirm.setHeader(getTranslation("settings.group.delete.title", group.getName()));
        confirm.setText(getTranslation("settings.group.delete.text", members));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("settings.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            groups.delete(group);
            reload();
            Notifications.success(getTranslation("settings.deleted", group.getName()));
        });
        confirm.open();
    }

    private void reload() {
        grid.setItems(groups.all());
    }
}
