package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientSearchTermsTest {

    @Test
    void name_words_are_folded_and_split_on_anything_but_letters_and_digits() {
        assertThat(ClientSearchTerms.of("Bäckerei Müller-Lüdenscheid & Söhne", null, null, null))
                .containsExactlyInAnyOrder("backerei", "muller-ludenscheid", "ludenscheid", "sohne");
        assertThat(ClientSearchTerms.of("O'Brien Straße", null, null, null))
                .containsExactlyInAnyOrder("o'brien", "brien", "strasse");
    }

    @Test
    void an_e_mail_gives_the_address_its_halves_and_their_pieces() {
        Set<String> terms = ClientSearchTerms.of("X", "Sales.Team+eu@acme-widgets.co.uk", null, null);
        for (String word : List.of(
                "sales.team+eu@acme",
                "sales.t",
                "sales",
                "team",
                "eu",
                "acme-widgets.co",
                "acme",
                "widgets",
                "co",
                "uk")) {
            assertThat(terms).as(word).anyMatch(term -> term.startsWith(word));
        }
        assertThat(terms).noneMatch(term -> term.startsWith("les")).noneMatch(term -> term.startsWith("@"));
    }

    @Test
    void a_term_that_starts_another_term_of_the_client_is_left_out() {
        assertThat(ClientSearchTerms.of("Günter Schäfer", "gunter.schafer500000@mail.example", null, null))
                .containsExactlyInAnyOrder(
                        "gunter.schafer500000@mail.example", "schafer500000", "mail.example", "example");
    }

    @Test
    void phone_and_mobile_give_every_ending_of_three_digits_or_more() {
        assertThat(ClientSearchTerms.of("X", null, "+49 30 1234", "0171"))
                .containsExactlyInAnyOrder("x", "49301234", "9301234", "301234", "01234", "1234", "234", "0171", "171");
    }

    @Test
    void long_words_are_cut_to_the_column() {
        String longWord = "a".repeat(100);
        assertThat(ClientSearchTerms.of(longWord, null, null, null)).containsExactly("a".repeat(64));
        assertThat(ClientSearchTerms.words(longWord + "b")).containsExactly("a".repeat(64));
    }

    @Test
    void a_search_splits_on_whitespace_and_a_phone_like_search_becomes_its_digits() {
        assertThat(ClientSearchTerms.words(" Müller   BÄCK ")).containsExactly("muller", "back");
        assertThat(ClientSearchTerms.words("+49 (30) 12-34")).containsExactly("49301234");
        assertThat(ClientSearchTerms.words("müller 030/1234")).containsExactly("muller", "0301234");
        assertThat(ClientSearchTerms.words("@acme.")).containsExactly("acme");
        assertThat(ClientSearchTerms.words("  ")).isEmpty();
    }
}
