package io.clientele.base.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcards_and_the_escape_character_match_themselves() {
        assertThat(LikePattern.escape("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
        assertThat(LikePattern.escape("50%_off!", '!')).isEqualTo("50!%!_off!!");
    }

    @Test
    void containing_trims_and_lower_cases_on_request() {
        assertThat(LikePattern.containing("  Acme_ ")).isEqualTo("%Acme\\_%");
        assertThat(LikePattern.containingLowerCase(" ÄCME ")).isEqualTo("%äcme%");
    }
}
