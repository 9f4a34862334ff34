package io.clientele.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.clientele.base.domain.PlainText;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.DuplicateClientException;
import io.clientele.contact.Contact;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Issue 23, item 9: no invisible characters in names and addresses (no "admin" look-alikes, no fooled duplicate
 * check), no {@code a@b} e-mail, and a length limit that says the limit in the user's language.
 */
class InvisibleCharactersAndLimitsTest extends SpringTest {

    private static final String RLO = "\u202E";
    private static final String ZWSP = "\u200B";

    @Autowired
    ClientService clients;

    @Autowired
    Validator validator;

    @Test
    void bidi_overrides_zero_width_and_control_characters_are_stripped_from_plain_text() {
        assertThat(PlainText.clean("ad" + ZWSP + "min")).isEqualTo("admin");
        assertThat(PlainText.clean(RLO + "gpj.exe")).isEqualTo("gpj.exe");
        assertThat(PlainText.clean("\u2066A\u2069\uFEFFB\u00ADC\u200D\u200E\u0000\u0007"))
                .isEqualTo("ABC");
        assertThat(PlainText.clean("Müller & Søn, 東京 ☕")).isEqualTo("Müller & Søn, 東京 ☕");
        assertThat(PlainText.clean(null)).isNull();
    }

    @Test
    void a_client_named_with_invisible_characters_is_stored_without_them_and_found_as_a_duplicate() {
        testData.company("Admin Services", "office@admin.example");
        actAs(TestData.STAFF, "STAFF");
        Client lookalike = clients.newClient(ClientType.COMPANY);
        lookalike.setName("Ad" + ZWSP + "min Serv" + RLO + "ices");
        lookalike.setEmail("office@ad" + ZWSP + "min.example");

        DuplicateClientException duplicate =
                catchThrowableOfType(DuplicateClientException.class, () -> clients.create(lookalike, false));

        assertThat(duplicate)
                .as("the duplicate check sees through the look-alike")
                .isNotNull();
        assertThat(lookalike.getName()).isEqualTo("Admin Services");
        assertThat(lookalike.getEmail()).isEqualTo("office@admin.example");
        Client saved = clients.create(lookalike, true);
        assertThat(clients.get(saved.getId()).getName()).isEqualTo("Admin Services");
    }

    @Test
    void contacts_lose_invisible_characters_in_names_and_addresses_too() {
        Contact contact = new Contact(new Client());
        contact.setFirstName("Ev" + RLO + "e");
        contact.setLastName(ZWSP + "Adams");
        contact.setEmail("eve" + ZWSP + "@example.com");
        assertThat(List.of(contact.getFirstName(), contact.getLastName(), contact.getEmail()))
                .containsExactly("Eve", "Adams", "eve@example.com");
    }

    @Test
    void an_address_without_a_dot_in_its_domain_is_refused_with_the_e_mail_message() {
        for (String address : List.of("a@b", "name@localhost", "a@b.", "a@.b")) {
            Client client = new Client();
            client.setName("Dotless");
            client.setEmail(address);
            assertThat(validator.validate(client))
                    .as(address)
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly("Enter a valid email address, like name@example.com.");
        }
        Client fine = new Client();
        fine.setName("Dotted");
        fine.setEmail("a@b.co");
        assertThat(validator.validate(fine)).isEmpty();
    }

    @Test
    void an_over_length_value_is_refused_with_the_limit_in_the_users_language() {
        Client client = new Client();
        client.setName("Long enough");
        client.setDesignation("x".repeat(Client.DESIGNATION_MAX + 1));
        try {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(validator.validate(client))
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly("Keep this to 100 characters or fewer.");
            LocaleContextHolder.setLocale(Locale.GERMAN);
            assertThat(validator.validate(client))
                    .extracting(ConstraintViolation::getMessage)
                    .containsExactly("Höchstens 100 Zeichen.");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
