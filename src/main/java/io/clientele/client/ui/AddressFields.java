package io.clientele.client.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import io.clientele.base.ui.Fields;
import io.clientele.client.Address;
import io.clientele.client.Client;
import io.clientele.settings.AddressFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one address of the client (billing or shipping) in the installation's format. Only that format's
 * fields are shown; the other form stays as stored, so switching formats loses nothing. Saving marks the shown form
 * as the one in force only when the user changed it ({@link Address#inForce()}): a client whose other form is in force
 * keeps it when the address is not touched.
 *
 * <p>In the free-form format the box starts with the structured address written out when that is in force, so the user
 * edits the address the client has instead of an empty or stale block. In the structured format, a free-form address
 * in force is shown above the fields, read-only: the parts cannot be guessed reliably from a block of text.
 */
class AddressFields extends Composite<FormLayout> {

    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField city = new TextField();
    final TextField state = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextArea text = new TextArea();
    /** Structured format only: the free-form address in force, which the fields below would replace. */
    final Paragraph freeFormInForce = new Paragraph();

    private final AddressFormat format;
    private final Locale locale;

    AddressFields(
            String idPrefix,
            AddressFormat format,
            Binder<Client> binder,
            SerializableFunction<Client, Address> address) {
        this.format = format;
        this.locale = getLocale();
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
        freeFormInForce.setId(idPrefix + "-free-form-in-force");
        freeFormInForce.addClassName("address-in-force-hint");
        freeFormInForce.setVisible(false);

        if (format == AddressFormat.FREE_FORM) {
            layout.add(text, 2);
            binder.forField(text)
                    .withNullRepresentation("")
                    .withValidator(new StringLengthValidator(
                            getTranslation("client.address.too-long", Address.TEXT_MAX), 0, Address.TEXT_MAX))
                    .bind(c -> shownText(address.apply(c)), (c, value) -> {
                        Address a = address.apply(c);
                        if (!same(value, shownText(a))) {
                            a.setText(value);
                            a.setInForce(AddressFormat.FREE_FORM);
                        }
                    });
        } else {
            layout.add(freeFormInForce, 2);
            layout.add(street, 2);
            layout.add(postalCode, city, state, country);
            bindPart(binder, street, Address.STREET_MAX, address, Address::getStreet, Address::setStreet);
            bindPart(
                    binder,
                    postalCode,
                    Address.POSTAL_CODE_MAX,
                    address,
                    Address::getPostalCode,
                    Address::setPostalCode);
            bindPart(binder, city, Address.CITY_MAX, address, Address::getCity, Address::setCity);
            bindPart(binder, state, Address.STATE_MAX, address, Address::getState, Address::setState);
            binder.forField(country)
                    .bind(
                            c -> address.apply(c).getCountry(),
                            structuredSetter(address, Address::setCountry, Address::getCountry));
        }
    }

    private void bindPart(
            Binder<Client> binder,
            TextField field,
            int max,
            SerializableFunction<Client, Address> address,
            SerializableFunction<Address, @Nullable String> get,
            SerializableBiConsumer<Address, @Nullable String> set) {
        binder.forField(field)
                .withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("client.address.too-long", max), 0, max))
                .bind(c -> get.apply(address.apply(c)), structuredSetter(address, set, get));
    }

    /** Writes a part only when the user changed it; a change makes the structured form the one in force. */
    private static Setter<Client, @Nullable String> structuredSetter(
            SerializableFunction<Client, Address> address,
            SerializableBiConsumer<Address, @Nullable String> set,
            SerializableFunction<Address, @Nullable String> get) {
        return (c, value) -> {
            Address a = address.apply(c);
            if (!same(value, get.apply(a))) {
                set.accept(a, value);
                a.setInForce(AddressFormat.STRUCTURED);
            }
        };
    }

    /** Shows which form of this address is in force where the format's fields alone would hide it. */
    void read(Address address) {
        boolean structuredInForce = address.inForce() == AddressFormat.STRUCTURED;
        if (format == AddressFormat.FREE_FORM) {
            text.setHelperText(
                    structuredInForce && !address.isBlankInForce() ? getTranslation("client.address.prefilled") : null);
        } else {
            boolean hidden = !structuredInForce && !address.isBlankInForce();
            freeFormInForce.setVisible(hidden);
            freeFormInForce.setText(
                    hidden ? getTranslation("client.address.free-form-in-force", address.formatted(locale)) : "");
        }
    }

    /** What the free-form box shows: the block in force, or the structured address in force written out. */
    private @Nullable String shownText(Address a) {
        String shown = a.inForce() == AddressFormat.FREE_FORM ? a.getText() : a.structuredLines(locale);
        return shown == null || shown.isBlank() ? null : shown;
    }

    private static boolean same(@Nullable String a, @Nullable String b) {
        return Objects.equals(a == null || a.isBlank() ? null : a.strip(), b == null || b.isBlank() ? null : b.strip());
    }
}
