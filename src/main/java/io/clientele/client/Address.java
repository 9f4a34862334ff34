package io.clientele.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A postal address held both ways at once: structured (street, city, state, postal code, ISO country) and as one
 * free-form block. The installation decides which the form shows; keeping both means switching loses nothing.
 * Column names are given by the owning entity through attribute overrides.
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
        return copy;
    }

    public boolean isEmpty() {
        return Stream.of(street, city, state, postalCode, country, text).allMatch(Address::blank);
    }

    /**
     * The short place shown in lists: "city, country" from the structured part, else the first line of the
     * free-form block.
     */
    public @Nullable String location() {
        String place = Stream.of(city, country)
                .filter(s -> !blank(s))
                .map(String::strip)
                .collect(Collectors.joining(", "));
        if (!place.isEmpty()) {
            return place;
        }
        if (!blank(text)) {
            return Objects.requireNonNull(text).strip().lines().findFirst().orElse(null);
        }
        return null;
    }

    /** The structured part written as lines, for displays and as a free-form fallback. */
    public String formatted(Locale locale) {
        if (Stream.of(street, city, state, postalCode, country).allMatch(Address::blank)) {
            return text == null ? "" : text.strip();
        }
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
