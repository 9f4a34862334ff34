package io.clientele.base.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Shown when a save lost an optimistic-locking race: names each field someone else changed while the user was
 * editing, with the user's value and the stored one, and lets the user reload the stored version (discarding theirs)
 * or re-apply their values on top of it. Nothing is saved until the user chooses.
 *
 * <p>Forms take a {@link #values(Binder) snapshot} of their fields when they read a bean; on a conflict the editor
 * reads the fresh stored bean into a second, unattached copy of the same form and {@link #changes compares} field by
 * field, so every bound field of every form is covered without naming it.
 */
public class ConflictDialog extends Dialog {

    /** One field someone else changed: its label, the user's value and the stored value, as displayed. */
    public record Change(String field, String yours, String stored) {}

    public final Grid<Change> grid = new Grid<>();
    public final Button reload = new Button();
    public final Button reapply = new Button();

    public ConflictDialog(List<Change> changes, Runnable onReload, Runnable onReapply) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(48rem, 95vw)");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        grid.setId("conflict-fields");
        grid.addColumn(Change::field).setKey("field").setHeader(getTranslation("conflict.field"));
        grid.addColumn(Change::yours).setKey("yours").setHeader(getTranslation("conflict.yours"));
        grid.addColumn(Change::stored).setKey("stored").setHeader(getTranslation("conflict.stored"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(changes);
        add(new Paragraph(getTranslation("conflict.intro")), grid);

        reload.setText(getTranslation("conflict.reload"));
        reload.setId("conflict-reload");
        reload.addClickListener(e -> {
            close();
            onReload.run();
        });
        reapply.setText(getTranslation("conflict.reapply"));
        reapply.setId("conflict-reapply");
        reapply.addThemeVariants(ButtonVariant.PRIMARY);
        reapply.addClickListener(e -> {
            close();
            onReapply.run();
        });
        getFooter().add(reload, reapply);
    }

    /** The values a form's fields show now, in binding order; collections are copied. */
    public static List<@Nullable Object> values(Binder<?> binder) {
        List<@Nullable Object> values = new ArrayList<>();
        binder.getFields().forEach(field -> {
            Object value = field.getValue();
            values.add(value instanceof Collection<?> c ? List.copyOf(c) : value);
        });
        return values;
    }

    /**
     * The fields whose stored value differs from the value the form was opened with.
     *
     * @param opened the {@link #values} of {@code mine} when it read the bean
     * @param mine the user's form
     * @param stored a copy of the same form that read the stored bean
     */
    public static List<Change> changes(List<@Nullable Object> opened, Binder<?> mine, Binder<?> stored) {
        List<HasValue<?, ?>> myFields = mine.getFields().toList();
        List<HasValue<?, ?>> storedFields = stored.getFields().toList();
        List<@Nullable Object> storedValues = values(stored);
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < Math.min(opened.size(), storedValues.size()); i++) {
            if (!sameValue(opened.get(i), storedValues.get(i))) {
                HasValue<?, ?> field = myFields.get(i);
                changes.add(new Change(
                        label(field),
                        display(field, field.getValue()),
                        display(storedFields.get(i), storedFields.get(i).getValue())));
            }
        }
        return changes;
    }

    private static boolean sameValue(@Nullable Object a, @Nullable Object b) {
        if (a instanceof Collection<?> x && b instanceof Collection<?> y) {
            return x.size() == y.size() && x.containsAll(y);
        }
        return Objects.equals(a, b);
    }

    private static String label(HasValue<?, ?> field) {
        String label = field instanceof HasLabel l ? l.getLabel() : null;
        if (label == null || label.isBlank()) {
            label = field instanceof com.vaadin.flow.component.Component c
                    ? c.getId().orElse("")
                    : "";
        }
        return label;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String display(HasValue<?, ?> field, @Nullable Object value) {
        if (value == null
                || (value instanceof String s && s.isEmpty())
                || (value instanceof Collection<?> c && c.isEmpty())) {
            return "—";
        }
        if (field instanceof Checkbox) {
            return Boolean.TRUE.equals(value) ? "✓" : "✗";
        }
        if (field instanceof ComboBox combo) {
            return String.valueOf(combo.getItemLabelGenerator().apply(value));
        }
        if (field instanceof Select select && select.getItemLabelGenerator() != null) {
            return String.valueOf(select.getItemLabelGenerator().apply(value));
        }
        if (field instanceof RadioButtonGroup radio) {
            return String.valueOf(radio.getItemLabelGenerator().apply(value));
        }
        if (field instanceof MultiSelectComboBox multi && value instanceof Collection<?> items) {
            return items.stream()
                    .map(item -> String.valueOf(multi.getItemLabelGenerator().apply(item)))
                    .sorted()
                    .collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }
}
