package io.clientele.client.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.clientele.base.ui.Formats;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The overview's facts for a client's custom fields (issue 22): label and value, in the form's order. */
class CustomFieldFacts extends Div {

    CustomFieldFacts(CustomFields fields, long clientId) {
        addClassName("overview-facts");
        setId("client-custom-facts");
        List<CustomField> definitions = fields.fields(CustomFieldOwner.CLIENT);
        if (definitions.isEmpty()) {
            // No custom fields: no query for values.
            setVisible(false);
            return;
        }
        Map<Long, Object> values = fields.clientValues(clientId);
        for (CustomField field : definitions) {
            Object value = values.get(field.getId());
            if (value != null) {
                add(Formats.fact(
                        fields.label(field, getLocale()),
                        new Span(text(value, getLocale(), key -> getTranslation(key)))));
            }
        }
        setVisible(getChildren().findAny().isPresent());
    }

    /** A value as people read it in the locale: numbers and dates in its form, yes/no in words, choices listed. */
    static String text(Object value, Locale locale, Function<String, String> translate) {
        return CustomFieldType.display(
                value, locale, translate.apply("customfield.yes"), translate.apply("customfield.no"));
    }
}
