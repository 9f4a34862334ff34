package io.clientele.client.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import io.clientele.base.ui.Fields;
import io.clientele.client.Address;
import io.clientele.client.ClientSettings.AddressFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * The fields of one address, bound to the nested bean path it belongs to ("billingAddress" or "shippingAddress").
 * Only the installation's format is shown; the other part is left as stored, so switching formats loses nothing.
 */
class AddressFields extends Composite<FormLayout> {

    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextField state = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextArea text = new TextArea();

    AddressFields(String idPrefix, AddressFormat format, Binder<?> binder, String path) {
        FormLayout layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        street.setLabel(getTranslation("client.address.street"));
        postalCode.setLabel(getTranslation("client.address.postal-code"));
        city.setLabel(getTranslation("client.address.city"));
        state.setLabel(getTranslation("client.address.state"));
        country.setLabel(getTranslation("client.address.country"));
        text.setLabel(getTranslation("client.address.text"));
        Fields.limit(street, Address.STREET_MAX);
        Fields.limit(postalCode, Address.POSTAL_CODE_MAX);
        Fields.limit(city, Address.CITY_MAX);
        Fields.limit(state, Address.STATE_MAX);
        Fields.limit(text, Address.TEXT_MAX);
        Locale locale = getLocale();
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale)))
                .toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale));
        country.setClearButtonVisible(true);

        street.setId(idPrefix + "-street");
        postalCode.setId(idPrefix + "-postal-code");
        city.setId(idPrefix + "-city");
        state.setId(idPrefix + "-state");
        country.setId(idPrefix + "-country");
        text.setId(idPrefix + "-text");

        if (format == AddressFormat.FREE_FORM) {
            layout.add(text, 2);
            binder.forField(text).withNullRepresentation("").bind(path + ".text");
        } else {
            layout.add(street, 2);
            layout.add(postalCode, city, state, country);
            binder.forField(street).withNullRepresentation("").bind(path + ".street");
            binder.forField(postalCode).withNullRepresentation("").bind(path + ".postalCode");
            binder.forField(city).withNullRepresentation("").bind(path + ".city");
            binder.forField(state).withNullRepresentation("").bind(path + ".state");
            binder.forField(country).bind(path + ".country");
        }
    }
}
