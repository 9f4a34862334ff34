package io.clientele.settings.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.ui.Fields;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A small dialog that asks for a name (and optionally a number of days): creating and renaming groups and payment
 * terms. The callback returns true when the value was saved; on false the dialog stays open with what was typed.
 */
public class NameDialog extends Dialog {

    public final TextField name = new TextField();
    final @Nullable IntegerField days;
    public final Button save = new Button();

    public NameDialog(
            String title,
            String nameLabel,
            String initialName,
            int maxLength,
            @Nullable Integer initialDays,
            Predicate<NameDialog> onSave) {
        setHeaderTitle(title);
        setId("name-dialog");
        name.setId("name-dialog-name");
        name.setLabel(nameLabel);
        name.setValue(initialName);
        Fields.limit(name, maxLength);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        FormLayout form = new FormLayout(name);
        if (initialDays != null) {
            days = new IntegerField(getTranslation("settings.payment-term.days"));
            days.setId("name-dialog-days");
            days.setMin(0);
            days.setMax(365);
            days.setStepButtonsVisible(true);
            days.setValue(initialDays);
            form.add(days);
        } else {
            days = null;
        }
        add(form);
        save.setId("name-dialog-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            if (validate() && onSave.test(this)) {
                close();
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private boolean validate() {
        boolean ok = true;
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("settings.name.required"));
            ok = false;
        } else {
            name.setInvalid(false);
        }
        if (days != null) {
            Integer value = days.getValue();
            if (value == null || value < 0 || value > 365) {
                days.setInvalid(true);
                days.setErrorMessage(getTranslation("settings.payment-term.days.range"));
                ok = false;
            } else {
                days.setInvalid(false);
            }
        }
        return ok;
    }

    public int daysValue() {
        return days == null || days.getValue() == null ? 0 : days.getValue();
    }
}
