package io.clientele.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import io.clientele.base.domain.ThreeWayMerge;
import io.clientele.base.domain.ThreeWayMerge.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Saving a form over a newer stored version, for every editor alike: a three-way merge ({@link ThreeWayMerge}) of
 * the values the user loaded, the user's values and the stored ones. Parts only someone else changed take their
 * value into the form, parts only this user changed stay, and the form is saved onto the stored version without a
 * dialog ("their change was kept"). Only parts both changed open the {@link ConflictDialog} with base / theirs /
 * yours.
 *
 * <p>An editor keeps one {@code FormMerge}: it {@link #opened records} the parts when it reads a record, and on a
 * conflict reads the stored record into a second, unattached copy of its form and calls {@link #resolve}. Binder
 * forms list their parts with {@link #parts(Binder)}; other editors list theirs by hand with {@link Part}.
 */
public final class FormMerge {

    /**
     * One edited part of a form.
     *
     * @param label the name shown to the user
     * @param value reads the value the part shows now
     * @param set puts a value into the part
     * @param display a value as the user reads it
     */
    public record Part(
            String label,
            Supplier<@Nullable Object> value,
            Consumer<@Nullable Object> set,
            Function<@Nullable Object, String> display) {}

    private List<@Nullable Object> base = List.of();

    /** Remembers the parts' values as loaded: the base the next conflict is measured against. */
    public void opened(List<Part> parts) {
        base = snapshot(parts);
    }

    /**
     * Merges the stored version into the user's form after a refused save.
     *
     * @param mine the user's form
     * @param stored a copy of the same form that read the stored record
     * @param saveOntoStored writes the form into the stored record and saves it (the form's next save target
     *     becomes the stored record)
     * @param showStored discards the user's input and shows the stored record
     * @return the dialog when parts conflict, else null (the merged form was saved)
     */
    public @Nullable ConflictDialog resolve(
            List<Part> mine, List<Part> stored, Runnable saveOntoStored, Runnable showStored) {
        List<@Nullable Object> yours = snapshot(mine);
        List<@Nullable Object> theirs = snapshot(stored);
        List<Outcome> outcomes = ThreeWayMerge.compare(base, yours, theirs);
        List<String> kept = new ArrayList<>();
        List<ConflictDialog.Change> conflicts = new ArrayList<>();
        List<Integer> conflicting = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Part part = mine.get(i);
            switch (outcomes.get(i)) {
                case THEIRS -> {
                    part.set().accept(stored.get(i).value().get());
                    kept.add(part.label());
                }
                case CONFLICT -> {
                    conflicting.add(i);
                    conflicts.add(new ConflictDialog.Change(
                            part.label(),
                            part.display().apply(base.get(i)),
                            stored.get(i).display().apply(theirs.get(i)),
                            part.display().apply(yours.get(i))));
                }
                default -> {
                    // Mine, unchanged or changed alike: the form already holds the value to save.
                }
            }
        }
        // From now on the stored version is what the user works on top of.
        base = theirs;
        if (conflicts.isEmpty()) {
            if (!kept.isEmpty()) {
                Notifications.info(Notifications.t("conflict.merged", String.join(", ", kept)));
            }
            saveOntoStored.run();
            return null;
        }
        ConflictDialog dialog = new ConflictDialog(
                conflicts,
                kept,
                showStored,
                () -> {
                    conflicting.forEach(
                            i -> mine.get(i).set().accept(stored.get(i).value().get()));
                    saveOntoStored.run();
                },
                saveOntoStored);
        dialog.open();
        return dialog;
    }

    /** Whether any part shows another value than it was {@link #opened} with: the user changed something. */
    public boolean changed(List<Part> parts) {
        List<@Nullable Object> now = snapshot(parts);
        for (int i = 0; i < now.size(); i++) {
            if (i >= base.size() || !ThreeWayMerge.same(base.get(i), now.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The values the parts show now; collections are copied so later edits do not change the snapshot. */
    public static List<@Nullable Object> snapshot(List<Part> parts) {
        List<@Nullable Object> values = new ArrayList<>(parts.size());
        for (Part part : parts) {
            Object value = part.value().get();
            values.add(value instanceof Collection<?> c ? List.copyOf(c) : value);
        }
        return values;
    }

    /** The bound fields of a form, in binding order, labelled and displayed as the form shows them. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<Part> parts(Binder<?> binder) {
        return binder.getFields()
                .map(field -> {
                    HasValue raw = field;
                    return new Part(
                            label(field),
                            field::getValue,
                            value -> raw.setValue(value == null ? raw.getEmptyValue() : value),
                            value -> display(field, value));
                })
                .toList();
    }

    private static String label(HasValue<?, ?> field) {
        String label = field instanceof HasLabel l ? l.getLabel() : null;
        if (label == null || label.isBlank()) {
            label = field instanceof Component c ? c.getId().orElse("") : "";
        }
        return label;
    }

    /** A value of a field as the field would show it: item labels for choices, ✓/✗ for boxes, — for nothing. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static String display(HasValue<?, ?> field, @Nullable Object value) {
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

    /** Plain display of a value that is text already. */
    public static String text(@Nullable Object value) {
        return value == null || (value instanceof String s && s.isBlank()) ? "—" : String.valueOf(value);
    }
}
