package io.clientele.client.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientField;
import io.clientele.client.ClientFieldRule;
import io.clientele.client.ClientFieldRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Which optional client fields every form that creates or edits clients must have filled. */
class ClientFieldsPanel extends Composite<VerticalLayout> {

    final Map<ClientField, Checkbox> mandatory = new EnumMap<>(ClientField.class);
    final Button save = new Button();
    private final ClientFieldRules rules;
    private final VerticalLayout boxes = new VerticalLayout();
    private List<ClientFieldRule> loaded = List.of();

    ClientFieldsPanel(ClientFieldRules rules) {
        this.rules = rules;
        boxes.setPadding(false);
        boxes.setSpacing(false);
        for (ClientField field : ClientField.values()) {
            Checkbox box = new Checkbox(getTranslation(field.labelKey()));
            box.setId("client-field-" + field.name());
            mandatory.put(field, box);
            boxes.add(box);
        }
        save.setId("client-fields-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getContent().add(new Paragraph(getTranslation("settings.client-fields.hint")), boxes, save);
        reload();
    }

    private void save() {
        loaded.forEach(rule -> rule.setMandatory(mandatory.get(rule.getField()).getValue()));
        try {
            rules.save(loaded);
            Notifications.success(getTranslation("settings.saved"));
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Another administrator saved in between: show their rules rather than overwrite them.
            Notifications.error(getTranslation("settings.conflict"));
        }
        reload();
    }

    private void reload() {
        loaded = rules.all();
        loaded.forEach(rule -> mandatory.get(rule.getField()).setValue(rule.isMandatory()));
    }
}
