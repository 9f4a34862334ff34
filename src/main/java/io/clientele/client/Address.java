package io.clientele.client;

import io.clientele.settings.AddressFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A postal address held both ways at once: structured (street, city, state, postal code, ISO country) and as one
 * free-form block. The installation decides which the form shows (Settings → Defaults); keeping both means switching
 * loses nothing. Which of the two is <em>in force</em> — printed, listed, searched, exported — is the one last edited,
 * in the format the installation had when it was edited ({@link #inForce()}); every reader goes through
 * {@link #formatted}, {@link #location()} or {@link #inForce()}. Column names are given by the owning entity through
 * attribute overrides.
 */
@Embeddable
public class Address {

    public static final int STREET_MAX = 255;
    public static final int CITY_MAX = 100;
    public static final int STATE_MAX = 100;
    public static final int POSTAL_CODE_MAX = 20;
    public static final int TEXT_MAX = 500;

    @Size(max = STREET_MAX)
    @Column(length = STREET_MAX)
    private @Nullable String street;

    @Size(max = CITY_MAX)
    @Column(length = CITY_MAX)
    private @Nullable String city;

    @Size(max = STATE_MAX)
    @Column(length = STATE_MAX)
    private @Nullable String state;

    @Size(max = POSTAL_CODE_MAX)
    @Column(length = POSTAL_CODE_MAX)
    private @Nullable String postalCode;

    /** ISO 3166-1 alpha-2. */
    @Pattern(regexp = "[A-Z]{2}", message = "{client.address.country.invalid}")
    @Column(length = 2)
    private @Nullable String country;

    @Size(max = TEXT_MAX)
    @Column(length = TEXT_MAX)
    private @Nullable String text;

    /** The form last edited; null for addresses stored before it was recorded (see {@link #inForce()}). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable AddressFormat form;

    public Address() {}

    public Address(
            @Nullable String street,
            @Nullable String city,
            @Nullable String state,
            @Nullable String postalCode,
            @Nullable String country) {
        this.street = street;
        this.city = city;
        this.state = state;
        this.postalCode = postalCode;
        this.country = country;
    }

    public Address copy() {
        Address copy = new Address(street, city, state, postalCode, country);
        copy.text = text;
        copy.form = form;
        return copy;
    }

    /**
     * The form in force: the one last edited. An address stored before this was recorded counts as free-form when
     * only its free-form block is filled, else as structured (what the documents printed until then).
     */
    public AddressFormat inForce() {
        if (form != null) {
            return form;
        }
        return structuredBlank() && !blank(text) ? AddressFormat.FREE_FORM : AddressFormat.STRUCTURED;
    }

    /** Records that this form was just edited, which makes it the one in force. */
    public void setInForce(AddressFormat form) {
        this.form = form;
    }

    /** Whether the address in force says nothing. */
    public boolean isBlankInForce() {
        return inForce() == AddressFormat.FREE_FORM ? blank(text) : structuredBlank();
    }

    private boolean structuredBlank() {
        return Stream.of(street, city, state, postalCode, country).allMatch(Address::blank);
    }

    public boolean isEmpty() {
        return Stream.of(street, city, state, postalCode, country, text).allMatch(Address::blank);
    }

    /**
     * The short place of the address in force, for the client list's Location column and the search: "city, country"
     * of a structured address; of a free-form block, see {@link FreeFormPlace#of}.
     */
    public @Nullable String location() {
        if (inForce() == AddressFormat.FREE_FORM) {
            return FreeFormPlace.of(text);
        }
        String place = Stream.of(city, country)
                .filter(s -> !blank(s))
                .map(String::strip)
                .collect(Collectors.joining(", "));
        return place.isEmpty() ? null : place;
    }

    /** The address in force written as lines: what the overview shows and new documents print. */
    public String formatted(Locale locale) {
        return inForce() == AddressFormat.FREE_FORM ? (text == null ? "" : text.strip()) : structuredLines(locale);
    }

    /**
     * The structured parts written as lines, whichever form is in force: what the free-form box starts with when a
     * structured address is edited in the free-form format.
     */
    public String structuredLines(Locale locale) {
        String cityLine = Stream.of(postalCode, city, state)
                .filter(s -> !blank(s))
                .map(String::strip)
                .collect(Collectors.joining(" "));
        String countryName = blank(country)
                ? null
                : Locale.of("", Objects.requireNonNull(country)).getDisplayCountry(locale);
        return Stream.of(street, cityLine, countryName)
                .filter(s -> !blank(s))
                .map(String::strip)
                .collect(Collectors.joining("\n"));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    public @Nullable String getStreet() {
        return street;
    }

    public void setStreet(@Nullable String street) {
        this.street = street;
    }

    public @Nullable String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city;
    }

    public @Nullable String getState() {
        return state;
    }

    public void setState(@Nullable String state) {
        this.state = state;
    }

    public @Nullable String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(@Nullable String postalCode) {
        this.postalCode = postalCode;
    }

    public @Nullable String getCountry() {
        return country;
    }

    public void setCountry(@Nullable String country) {
        this.country = country;
    }

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }
}
