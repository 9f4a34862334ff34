package io.clientele.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.AppLanguages;
import io.clientele.base.ui.Notifications;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Adds or changes one custom field: its type, a label per UI language, the options of a choice field (one per line)
 * and its flags. A refused value shows its reason on the input it concerns and nothing is stored.
 */
class CustomFieldDialog extends Dialog {

    final Select<CustomFieldType> type = new Select<>();
    final Map<String, TextField> labels = new LinkedHashMap<>();
    final TextArea options = new TextArea();
    final Checkbox mandatory = new Checkbox();
    final Checkbox visibleToClients = new Checkbox();
    final Checkbox onPdfs = new Checkbox();
    final Button save = new Button();
    private final CustomField field;
    private final CustomFields fields;
    private final Runnable saved;

    CustomFieldDialog(CustomField field, CustomFields fields, Runnable saved) {
        this.field = field;
        this.fields = fields;
        this.saved = saved;
        setId("custom-field-dialog");
        setHeaderTitle(getTranslation(field.isNew() ? "customfield.settings.add" : "customfield.settings.edit"));
        type.setId("custom-field-type");
        type.setLabel(getTranslation("customfield.settings.type"));
        type.setItems(CustomFieldType.values());
        type.setItemLabelGenerator(t -> getTranslation("customfield.type." + t.name()));
        type.setValue(field.getType());
        type.addValueChangeListener(
                e -> options.setVisible(e.getValue() != null && e.getValue().isChoice()));
        FormLayout form = new FormLayout(type);
        for (String language : AppLanguages.CODES) {
            TextField label = new TextField(getTranslation(
                    "customfield.settings.label",
                    Locale.forLanguageTag(language).getDisplayLanguage(getLocale())));
            label.setId("custom-field-label-" + language);
            label.setMaxLength(CustomField.LABEL_MAX);
            String value = field.getLabel(language);
            label.setValue(value == null ? "" : value);
            labels.put(language, label);
            form.add(label);
        }
        options.setId("custom-field-options");
        options.setLabel(getTranslation("customfield.settings.options"));
        options.setHelperText(getTranslation("customfield.settings.options-hint"));
        options.setValue(String.join("\n", field.getOptions()));
        options.setVisible(field.getType().isChoice());
        form.add(options, 2);
        mandatory.setId("custom-field-mandatory");
        mandatory.setLabel(getTranslation("customfield.settings.mandatory"));
        mandatory.setValue(field.isMandatory());
        visibleToClients.setId("custom-field-visible-to-clients");
        visibleToClients.setLabel(getTranslation("customfield.settings.visible-to-clients"));
        visibleToClients.setValue(field.isVisibleToClients());
        onPdfs.setId("custom-field-on-pdfs");
        onPdfs.setLabel(getTranslation("customfield.settings.on-pdfs"));
        onPdfs.setValue(field.isOnPdfs());
        // The Client Center and the PDFs show clients' fields; a contact field has neither place.
        boolean ofClients = field.getOwner() == io.clientele.client.CustomFieldOwner.CLIENT;
        visibleToClients.setVisible(ofClients);
        onPdfs.setVisible(ofClients);
        form.add(mandatory, visibleToClients, onPdfs);
        add(form);
        save.setId("custom-field-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("custom-field-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        labels.values().forEach(l -> l.setInvalid(false));
        options.setInvalid(false);
        type.setInvalid(false);
        CustomFieldType previousType = field.getType();
        if (type.getValue() != null) {
            field.setType(type.getValue());
        }
        labels.forEach((language, input) -> field.setLabel(language, input.getValue()));
        List<String> lines = Arrays.stream(options.getValue().split("\\R")).toList();
        field.setOptions(lines);
        field.setMandatory(mandatory.getValue());
        field.setVisibleToClients(visibleToClients.getValue());
        field.setOnPdfs(onPdfs.getValue());
        try {
            fields.save(field);
            Notifications.success(getTranslation("settings.saved"));
            close();
            saved.run();
        } catch (RuleViolationException e) {
            field.setType(previousType);
            String message = getTranslation(e.getMessageKey(), e.getArguments());
            switch (e.getMessageKey()) {
                case "customfield.label.missing" -> invalid(labels.get(String.valueOf(e.getArguments()[0])), message);
                case "customfield.label.too-long" -> Notifications.error(message);
                case "customfield.type-locked", "customfield.contact.type-locked" -> {
                    type.setInvalid(true);
                    type.setErrorMessage(message);
                }
                case "customfield.options.missing", "customfield.options.duplicate", "customfield.options.too-long" -> {
                    options.setInvalid(true);
                    options.setErrorMessage(message);
                }
                default -> Notifications.error(message);
            }
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("settings.conflict"));
            close();
            saved.run();
        }
    }

    private static void invalid(@org.jspecify.annotations.Nullable TextField input, String message) {
        if (input == null) {
            Notifications.error(message);
            return;
        }
        input.setInvalid(true);
        input.setErrorMessage(message);
    }
}
