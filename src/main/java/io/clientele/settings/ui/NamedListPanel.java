package io.clientele.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.domain.Named;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A settings list of named things (client groups, lead sources, payment terms): add, rename, delete, the same way
 * everywhere. Element ids are {@code <kind>-add}, {@code <kind>-rename-<id>}, {@code <kind>-delete-<id>} and
 * {@code confirm-delete-<kind>}; texts come from {@code settings.<kind>.*} (add, rename, name, delete.title,
 * delete.text). A refused name shows its reason on the name field and nothing changes.
 */
public abstract class NamedListPanel<T extends AbstractEntity & Named> extends Composite<VerticalLayout> {

    public final Grid<T> grid = new Grid<>();
    public final Button add = new Button();
    private final String kind;
    private final int nameMax;

    protected NamedListPanel(String kind, String gridId, int nameMax) {
        this.kind = kind;
        this.nameMax = nameMax;
        add.setId(kind + "-add");
        add.setText(getTranslation("settings." + kind + ".add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> edit(newItem()));
        grid.setId(gridId);
        grid.addColumn(Named::getName).setKey("name").setHeader(getTranslation("settings." + kind + ".name"));
        addColumns(grid);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("48rem");
        getContent().add(add, grid);
    }

    /** The list as it is stored now. */
    protected abstract List<T> items();

    protected abstract T newItem();

    /** Stores a new or changed item; a {@link RuleViolationException} refuses it with a reason. */
    protected abstract void save(T item);

    protected abstract void delete(T item);

    /** Columns after the name. */
    protected void addColumns(Grid<T> grid) {}

    /** The number of days the dialog asks for as well, or null when it asks for a name only. */
    protected @Nullable Integer days(T item) {
        return null;
    }

    protected void setDays(T item, int days) {}

    /** The argument of {@code settings.<kind>.delete.text}: the name, or what the deletion affects. */
    protected Object deleteTextArgument(T item) {
        return item.getName();
    }

    /** Called after every reload, for views that show the list elsewhere too. */
    protected void afterReload() {}

    private HorizontalLayout actions(T item) {
        Button rename = new Button(VaadinIcon.EDIT.create(), e -> edit(item));
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.setAriaLabel(getTranslation("settings.rename"));
        rename.setId(kind + "-rename-" + item.getId());
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(item));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setAriaLabel(getTranslation("settings.delete"));
        delete.setId(kind + "-delete-" + item.getId());
        return new HorizontalLayout(rename, delete);
    }

    private void edit(T item) {
        Integer days = days(item);
        new NameDialog(
                        getTranslation("settings." + kind + (item.isNew() ? ".add" : ".rename")),
                        getTranslation("settings." + kind + ".name"),
                        item.getName(),
                        nameMax,
                        days,
                        dialog -> {
                            String previousName = item.getName();
                            item.setName(dialog.name.getValue());
                            if (days != null) {
                                setDays(item, dialog.daysValue());
                            }
                            try {
                                save(item);
                                reload();
                                Notifications.success(getTranslation("settings.saved"));
                                return true;
                            } catch (RuleViolationException e) {
                                item.setName(previousName);
                                if (days != null) {
                                    setDays(item, days);
                                }
                                dialog.name.setInvalid(true);
                                dialog.name.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
                            } catch (OptimisticLockingFailureException e) {
                                Notifications.error(getTranslation("settings.conflict"));
                                reload();
                            }
                            return false;
                        })
                .open();
    }

    private void confirmDelete(T item) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-" + kind);
        confirm.setHeader(getTranslation("settings." + kind + ".delete.title", item.getName()));
        confirm.setText(getTranslation("settings." + kind + ".delete.text", deleteTextArgument(item)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("settings.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            try {
                delete(item);
                reload();
                Notifications.success(getTranslation("settings.deleted", item.getName()));
            } catch (RuleViolationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
        });
        confirm.open();
    }

    protected final void reload() {
        grid.setItems(items());
        afterReload();
    }
}
