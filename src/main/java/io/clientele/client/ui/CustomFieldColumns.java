package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.PagedGrid;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientSort;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldFilter;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The client list's custom fields (issue 22): a column per field for the column chooser (hidden until chosen, sorted
 * in SQL where the type sorts), the values of the rows on the page read in one batch after the page, and a
 * "field / value" filter — equal for choices and yes/no, starting with for text, from/to for numbers and dates.
 * Column keys: {@code custom-<field id>}; filter ids: {@code custom-filter-field}, {@code custom-filter-value},
 * {@code custom-filter-to}.
 */
class CustomFieldColumns {

    final Select<CustomField> field = new Select<>();
    final TextField value = new TextField();
    final TextField upTo = new TextField();
    private final CustomFields service;
    private final List<CustomField> fields;
    private final Locale locale;
    private final BiFunction<String, Object[], String> translator;
    private Map<Long, Map<Long, Object>> page = new HashMap<>();

    CustomFieldColumns(CustomFields service, Locale locale, BiFunction<String, Object[], String> translator) {
        this.service = service;
        this.fields = service.fields(CustomFieldOwner.CLIENT);
        this.locale = locale;
        this.translator = translator;
    }

    private String translate(String key, Object... arguments) {
        return translator.apply(key, arguments);
    }

    /** Adds a column per field; returns their keys, for the column chooser. */
    List<String> addColumns(Grid<ClientRow> grid) {
        List<String> keys = new ArrayList<>();
        for (CustomField f : fields) {
            long id = f.getId();
            Grid.Column<ClientRow> column = grid.addColumn(row -> {
                        Object v = page.getOrDefault(row.id(), Map.of()).get(id);
                        return v == null ? "" : CustomFieldFacts.text(v, locale, this::translate);
                    })
                    .setKey("custom-" + id)
                    .setHeader(service.label(f, locale))
                    .setResizable(true)
                    .setAutoWidth(true);
            if (sortable(f.getType())) {
                column.setSortable(true).setSortProperty(ClientSort.custom(id));
            }
            keys.add("custom-" + id);
        }
        return keys;
    }

    private static boolean sortable(CustomFieldType type) {
        return type != CustomFieldType.LONG_TEXT && type != CustomFieldType.MULTIPLE_CHOICE;
    }

    /** The list's source, reading the page's custom values after each page (one batch, only when fields exist). */
    PagedGrid.Source<ClientRow> withValues(PagedGrid.Source<ClientRow> source) {
        if (fields.isEmpty()) {
            return source;
        }
        return PagedGrid.Source.of(
                pageable -> {
                    List<ClientRow> rows = source.fetch(pageable);
                    page = service.valuesOf(rows.stream().map(ClientRow::id).toList());
                    return rows;
                },
                source::count,
                source.countLimit());
    }

    /** The fields' labels, as export headers. */
    List<String> headers() {
        return fields.stream().map(f -> service.label(f, locale)).toList();
    }

    /** The export's cells of these rows, one per field (empty without a value), read in one batch. */
    Map<Long, List<String>> cells(List<ClientRow> rows) {
        if (fields.isEmpty() || rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<Long, Object>> values =
                service.valuesOf(rows.stream().map(ClientRow::id).toList());
        Map<Long, List<String>> cells = new HashMap<>();
        for (ClientRow row : rows) {
            Map<Long, Object> of = values.getOrDefault(row.id(), Map.of());
            cells.put(
                    row.id(),
                    fields.stream()
                            .map(f -> of.get(f.getId()))
                            // Numbers without thousands separators: the import reads them back unambiguously.
                            .map(v -> v == null
                                    ? ""
                                    : CustomFieldType.display(
                                            v,
                                            locale,
                                            translate("customfield.yes"),
                                            translate("customfield.no"),
                                            false))
                            .toList());
        }
        return cells;
    }

    /** The filter's inputs (none without fields); {@code changed} gets the new condition or null. */
    List<Component> filter(Consumer<@Nullable CustomFieldFilter> changed) {
        if (fields.isEmpty()) {
            return List.of();
        }
        field.setId("custom-filter-field");
        field.setPlaceholder(translate("customfield.filter.field"));
        field.setAriaLabel(translate("customfield.filter.field"));
        field.setItems(fields.stream()
                .filter(f -> f.getType() != CustomFieldType.LONG_TEXT)
                .toList());
        field.setItemLabelGenerator(f -> f == null ? "" : service.label(f, locale));
        field.setEmptySelectionAllowed(true);
        value.setId("custom-filter-value");
        value.setClearButtonVisible(true);
        upTo.setId("custom-filter-to");
        upTo.setClearButtonVisible(true);
        upTo.setPlaceholder(translate("customfield.filter.to"));
        upTo.setVisible(false);
        field.addValueChangeListener(e -> {
            CustomField f = e.getValue();
            boolean range = f != null
                    && (f.getType() == CustomFieldType.NUMBER
                            || f.getType() == CustomFieldType.DECIMAL
                            || f.getType() == CustomFieldType.DATE);
            value.setPlaceholder(translate(range ? "customfield.filter.from" : "customfield.filter.value"));
            upTo.setVisible(range);
            apply(changed);
        });
        value.setPlaceholder(translate("customfield.filter.value"));
        value.addValueChangeListener(e -> apply(changed));
        upTo.addValueChangeListener(e -> apply(changed));
        return List.of(field, value, upTo);
    }

    private void apply(Consumer<@Nullable CustomFieldFilter> changed) {
        value.setInvalid(false);
        upTo.setInvalid(false);
        CustomField f = field.getValue();
        if (f == null) {
            changed.accept(null);
            return;
        }
        Object from = parse(f, value);
        Object to = upTo.isVisible() ? parse(f, upTo) : null;
        if (value.isInvalid() || upTo.isInvalid()) {
            return;
        }
        if (from == null && to == null) {
            changed.accept(null);
            return;
        }
        if (from instanceof Set<?> chosen) {
            from = chosen.iterator().next();
        }
        changed.accept(new CustomFieldFilter(f.getId(), from, to));
    }

    private @Nullable Object parse(CustomField f, TextField input) {
        try {
            return f.getType()
                    .parse(
                            input.getValue(),
                            locale,
                            service.label(f, locale),
                            translate("customfield.yes"),
                            translate("customfield.no"));
        } catch (RuleViolationException e) {
            input.setInvalid(true);
            input.setErrorMessage(translate(e.getMessageKey(), e.getArguments()));
            return null;
        }
    }
}
