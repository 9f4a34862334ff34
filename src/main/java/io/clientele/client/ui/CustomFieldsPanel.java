package io.clientele.client.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import java.util.Objects;

/**
 * Settings → Custom fields (issue 22): the fields administrators add to clients or to contacts (the switch on top),
 * in the form's order. Element ids: {@code custom-field-owner}, {@code custom-field-add}, and per row {@code custom-field-edit-<id>}, {@code custom-field-up-<id>},
 * {@code custom-field-down-<id>}, {@code custom-field-delete-<id>}.
 */
class CustomFieldsPanel extends Composite<VerticalLayout> {

    final Grid<CustomField> grid = new Grid<>();
    final Button add = new Button();
    final RadioButtonGroup<CustomFieldOwner> owner = new RadioButtonGroup<>();
    private final Paragraph hint = new Paragraph();
    private final CustomFields fields;

    CustomFieldsPanel(CustomFields fields) {
        this.fields = fields;
        owner.setId("custom-field-owner");
        owner.setLabel(getTranslation("customfield.contact.owner"));
        owner.setItems(CustomFieldOwner.values());
        owner.setItemLabelGenerator(o -> getTranslation(
                o == CustomFieldOwner.CONTACT
                        ? "customfield.contact.owner-contacts"
                        : "customfield.contact.owner-clients"));
        owner.setValue(CustomFieldOwner.CLIENT);
        owner.addValueChangeListener(e -> reload());
        add.setId("custom-field-add");
        add.setText(getTranslation("customfield.settings.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e ->
                new CustomFieldDialog(new CustomField(owner(), CustomFieldType.TEXT), fields, this::reload).open());
        grid.setId("custom-fields-grid");
        grid.addColumn(f -> fields.label(f, getLocale()))
                .setKey("label")
                .setHeader(getTranslation("customfield.settings.label-column"));
        grid.addColumn(f -> getTranslation("customfield.type." + f.getType().name()))
                .setKey("type")
                .setHeader(getTranslation("customfield.settings.type"));
        grid.addColumn(f -> f.isMandatory() ? getTranslation("customfield.yes") : "")
                .setKey("mandatory")
                .setHeader(getTranslation("customfield.settings.mandatory"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // A handful of definitions an administrator keeps, not data that grows: all of them fit on the screen.
        grid.setAllRowsVisible(true);
        grid.setMaxWidth("56rem");
        getContent().add(owner, hint, add, grid);
        reload();
    }

    private HorizontalLayout actions(CustomField field) {
        long id = Objects.requireNonNull(field.getId());
        Button edit = button(VaadinIcon.EDIT, "customfield.settings.edit", "custom-field-edit-" + id);
        edit.addClickListener(e -> new CustomFieldDialog(field, fields, this::reload).open());
        Button up = button(VaadinIcon.ARROW_UP, "customfield.settings.move-up", "custom-field-up-" + id);
        up.addClickListener(e -> move(id, true));
        Button down = button(VaadinIcon.ARROW_DOWN, "customfield.settings.move-down", "custom-field-down-" + id);
        down.addClickListener(e -> move(id, false));
        Button delete = button(VaadinIcon.TRASH, "customfield.settings.delete", "custom-field-delete-" + id);
        delete.addThemeVariants(ButtonVariant.ERROR);
        delete.addClickListener(e -> confirmDelete(field));
        return new HorizontalLayout(edit, up, down, delete);
    }

    private Button button(VaadinIcon icon, String labelKey, String id) {
        Button button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setId(id);
        return button;
    }

    private void move(long id, boolean up) {
        fields.move(id, up);
        reload();
    }

    /** Asks before deleting, with the number of clients (contacts) whose value goes with the field. */
    private void confirmDelete(CustomField field) {
        long id = Objects.requireNonNull(field.getId());
        long count = fields.valueCount(id);
        String label = fields.label(field, getLocale());
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-custom-field");
        confirm.setHeader(getTranslation("customfield.delete.title", label));
        boolean contacts = field.getOwner() == CustomFieldOwner.CONTACT;
        confirm.setText(
                count == 0
                        ? getTranslation(
                                contacts ? "customfield.contact.delete-text" : "customfield.delete.text", label)
                        : getTranslation(
                                contacts ? "customfield.contact.delete-text-values" : "customfield.delete.text-values",
                                label,
                                count));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("customfield.settings.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            fields.delete(id);
            reload();
            Notifications.success(getTranslation("customfield.deleted", label));
        });
        confirm.open();
    }

    private CustomFieldOwner owner() {
        CustomFieldOwner chosen = owner.getValue();
        return chosen == null ? CustomFieldOwner.CLIENT : chosen;
    }

    private void reload() {
        hint.setText(getTranslation(
                owner() == CustomFieldOwner.CONTACT
                        ? "customfield.contact.settings-hint"
                        : "customfield.settings.hint"));
        grid.setItems(fields.fields(owner()));
    }
}
