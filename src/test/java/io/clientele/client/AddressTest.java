package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.settings.AddressFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Which form of an address is in force, and the place a free-form block gives the client list. */
class AddressTest {

    private static Address freeForm(String text) {
        Address a = new Address("Hauptstraße 5", "Berlin", null, "10115", "DE");
        a.setText(text);
        a.setInForce(AddressFormat.FREE_FORM);
        return a;
    }

    @Test
    void the_form_last_edited_is_in_force_whatever_the_other_holds() {
        Address a = freeForm("Am Markt 3\n04109 Leipzig");
        assertThat(a.formatted(Locale.ENGLISH)).isEqualTo("Am Markt 3\n04109 Leipzig");
        a.setInForce(AddressFormat.STRUCTURED);
        assertThat(a.formatted(Locale.ENGLISH)).isEqualTo("Hauptstraße 5\n10115 Berlin\nGermany");
        assertThat(a.location()).isEqualTo("Berlin, DE");
        assertThat(a.copy().inForce()).isEqualTo(AddressFormat.STRUCTURED);
    }

    @Test
    void an_address_stored_before_the_form_was_recorded_is_free_form_only_when_only_the_block_is_filled() {
        Address onlyText = new Address();
        onlyText.setText("1 Main Street\nSpringfield");
        assertThat(onlyText.inForce()).isEqualTo(AddressFormat.FREE_FORM);
        Address both = new Address("Hauptstraße 5", "Berlin", null, "10115", "DE");
        both.setText("Somewhere else");
        assertThat(both.inForce()).isEqualTo(AddressFormat.STRUCTURED);
    }

    @Test
    void the_location_of_a_free_form_block_is_its_town_line_and_country() {
        assertThat(freeForm("Am Markt 3\n04109 Leipzig\nDeutschland").location())
                .isEqualTo("Leipzig, Deutschland");
        assertThat(freeForm("10 Downing Street\nLondon SW1A 2AA\nUnited Kingdom")
                        .location())
                .isEqualTo("London, United Kingdom");
        assertThat(freeForm("12 rue de Rivoli\n75001 Paris\nfr").location()).isEqualTo("Paris, fr");
        assertThat(freeForm("Calle Mayor 1\n28013 Madrid").location()).isEqualTo("Madrid");
        assertThat(freeForm("1 Main Street\nSpringfield, IL 62704\nUSA").location())
                .isEqualTo("Springfield, IL, USA");
        assertThat(freeForm("c/o Harbour Office, Pier 4").location()).isEqualTo("c/o Harbour Office, Pier 4");
        assertThat(freeForm("  \n").location()).isNull();
    }
}
