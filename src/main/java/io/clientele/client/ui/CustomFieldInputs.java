package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.domain.NumberText;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The inputs for the custom fields (issue 22) of a client form: one per field, in the administrator's order, with
 * the mandatory asterisk, checked by the same rule the service applies ({@link CustomFieldType#check}) so a refused
 * value shows its message on its own input. Ids: {@code <prefix>-custom-<field id>}. Public for the contact form,
 * which shows the contact fields the same way.
 */
public class CustomFieldInputs {

    private final Map<Long, CustomField> fields = new LinkedHashMap<>();
    private final Map<Long, HasValue<?, ?>> inputs = new LinkedHashMap<>();
    private final Map<Long, String> labels = new HashMap<>();
    private final Map<Long, Object> loaded = new HashMap<>();
    private final Locale locale;

    public CustomFieldInputs(
            List<CustomField> definitions,
            CustomFields service,
            Locale locale,
            String idPrefix,
            java.util.function.Function<String, String> translate) {
        this.locale = locale;
        for (CustomField field : definitions) {
            long id = Objects.requireNonNull(field.getId());
            String label = service.label(field, locale);
            HasValue<?, ?> input = input(field, translate);
            Component component = (Component) input;
            component.setId(idPrefix + "-custom-" + id);
            if (component instanceof com.vaadin.flow.component.HasLabel labelled) {
                labelled.setLabel(label);
            }
            input.setRequiredIndicatorVisible(field.isMandatory());
            fields.put(id, field);
            inputs.put(id, input);
            labels.put(id, label);
        }
    }

    private static HasValue<?, ?> input(CustomField field, java.util.function.Function<String, String> translate) {
        return switch (field.getType()) {
            case TEXT, URL, EMAIL -> {
                TextField text = new TextField();
                text.setMaxLength(CustomFieldType.TEXT_MAX);
                yield text;
            }
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                area.setMaxLength(CustomFieldType.LONG_TEXT_MAX);
                yield area;
            }
            // A text field read by the one rule for typed numbers (NumberText), as the list's filter and the import
            // read them: a BigDecimalField takes only the language's decimal mark and drops the other one as it is
            // typed, so "1234.5" typed on a German page became 12345.
            case NUMBER, DECIMAL -> new TextField();
            case DATE -> new DatePicker();
            case YES_NO -> {
                Select<Boolean> yesNo = new Select<>();
                yesNo.setItems(Boolean.TRUE, Boolean.FALSE);
                yesNo.setEmptySelectionAllowed(true);
                yesNo.setItemLabelGenerator(
                        b -> b == null ? "" : translate.apply(b ? "customfield.yes" : "customfield.no"));
                yield yesNo;
            }
            case SINGLE_CHOICE -> {
                Select<String> choice = new Select<>();
                choice.setItems(field.getOptions());
                choice.setEmptySelectionAllowed(true);
                yield choice;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> choices = new CheckboxGroup<>();
                choices.setItems(field.getOptions());
                yield choices;
            }
        };
    }

    /** The inputs in the form's order. */
    public List<Component> components() {
        return inputs.values().stream().map(Component.class::cast).toList();
    }

    /** The input of a field, for tests and focus. */
    public @Nullable HasValue<?, ?> input(long fieldId) {
        return inputs.get(fieldId);
    }

    public boolean isEmpty() {
        return inputs.isEmpty();
    }

    /** Shows the client's values (null: a new client, all empty). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void read(@Nullable Map<Long, Object> values) {
        loaded.clear();
        if (values != null) {
            loaded.putAll(values);
        }
        inputs.forEach((id, input) -> {
            Object value = loaded.get(id);
            if (value instanceof java.math.BigDecimal number) {
                value = NumberText.format(number, locale);
            }
            HasValue raw = input;
            raw.setValue(value == null ? raw.getEmptyValue() : value);
            if (input instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
    }

    /** Whether a value differs from the one read. */
    public boolean hasChanges() {
        for (var entry : inputs.entrySet()) {
            Object now = entry.getValue().getValue();
            if (isNumber(entry.getKey()) && now instanceof String text) {
                now = quietNumber(text);
            }
            if (!Objects.equals(normalized(now), normalized(loaded.get(entry.getKey())))) {
                return true;
            }
        }
        return false;
    }

    private boolean isNumber(long fieldId) {
        CustomFieldType type = fields.get(fieldId).getType();
        return type == CustomFieldType.NUMBER || type == CustomFieldType.DECIMAL;
    }

    /** Typed number text as its number where it reads as one, else the text itself (which then differs). */
    private Object quietNumber(String text) {
        if (text.isBlank()) {
            return text;
        }
        try {
            return NumberText.parse(text, locale, false).stripTrailingZeros();
        } catch (NumberText.Unreadable e) {
            return text;
        }
    }

    private static @Nullable Object normalized(@Nullable Object value) {
        if (value instanceof java.math.BigDecimal number) {
            return number.stripTrailingZeros();
        }
        if (value instanceof String s && s.isBlank() || value instanceof java.util.Collection<?> c && c.isEmpty()) {
            return null;
        }
        if (value instanceof java.util.Set<?> set) {
            return new HashSet<>(set);
        }
        return value;
    }

    /**
     * The values as entered, checked as the service will: null, with the refused inputs marked and their messages
     * shown on them, when one is not acceptable.
     */
    public @Nullable Map<Long, Object> writeIfValid(java.util.function.BiFunction<String, Object[], String> translate) {
        Map<Long, Object> values = new LinkedHashMap<>();
        boolean valid = true;
        for (var entry : inputs.entrySet()) {
            long id = entry.getKey();
            CustomField field = fields.get(id);
            HasValue<?, ?> input = entry.getValue();
            Object value = input.getValue();
            if (value instanceof java.util.Set<?> set) {
                value = new LinkedHashSet<>(set);
            }
            String message = null;
            try {
                if (isNumber(id) && value instanceof String text) {
                    // The same reading as the filter's and the import's; its message names the field.
                    value = field.getType().parse(text, locale, labels.get(id), "", "");
                }
                Object checked = field.getType().check(value, labels.get(id), new HashSet<>(field.getOptions()));
                if (checked == null && field.isMandatory()) {
                    message = translate.apply("customfield.required", new Object[] {labels.get(id)});
                } else if (checked != null) {
                    values.put(id, checked);
                }
            } catch (RuleViolationException e) {
                message = translate.apply(e.getMessageKey(), e.getArguments());
            }
            if (input instanceof HasValidation v) {
                v.setInvalid(message != null);
                v.setErrorMessage(message);
            }
            valid &= message == null;
        }
        return valid ? values : null;
    }
}
