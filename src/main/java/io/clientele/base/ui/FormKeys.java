package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The keys of an editing dialog, the same in every form: Enter in a single-line field saves (a multi-line field
 * keeps Enter for its new line, a choice box for picking); Esc, Cancel and the close button ask before discarding
 * changes, and close at once when nothing changed.
 */
public final class FormKeys {

    private FormKeys() {}

    /**
     * Installs the keys on a form dialog.
     *
     * @param dialog the editing dialog
     * @param save its save button
     * @param cancel its cancel button
     * @param changed whether the form differs from what it loaded
     */
    public static void install(Dialog dialog, Button save, Button cancel, BooleanSupplier changed) {
        Component[] singleLine = singleLineFields(dialog).toArray(Component[]::new);
        if (singleLine.length > 0) {
            save.addClickShortcut(Key.ENTER).listenOn(singleLine);
        }
        // With a close-action listener, Esc no longer closes by itself: the listener decides.
        dialog.addDialogCloseActionListener(e -> closeAsking(dialog, changed));
        cancel.addClickListener(e -> closeAsking(dialog, changed));
    }

    /** Closes the dialog, first asking whether to discard the changes if there are any. */
    public static void closeAsking(Dialog dialog, BooleanSupplier changed) {
        if (!changed.getAsBoolean()) {
            dialog.close();
            return;
        }
        ConfirmDialog ask = new ConfirmDialog();
        ask.setId("confirm-discard");
        ask.setHeader(dialog.getTranslation("form.discard.title"));
        ask.setText(dialog.getTranslation("form.discard.text"));
        ask.setCancelText(dialog.getTranslation("form.discard.keep"));
        ask.setConfirmText(dialog.getTranslation("form.discard.confirm"));
        Confirmations.destructive(ask);
        ask.addConfirmListener(e -> dialog.close());
        ask.open();
    }

    private static Stream<Component> singleLineFields(Component root) {
        List<Component> found = new ArrayList<>();
        collect(root, found);
        return found.stream();
    }

    private static void collect(Component component, List<Component> found) {
        if (component instanceof TextField
                || component instanceof EmailField
                || component instanceof IntegerField
                || component instanceof NumberField
                || component instanceof BigDecimalField) {
            found.add(component);
            return;
        }
        component.getChildren().forEach(child -> collect(child, found));
    }
}
