package io.clientele.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.TestData;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every search of {@link ClientSearchTest} again, with every word that starts a term counted as common (issue 18):
 * the list and the restricted staff list then probe each client's terms in the list's order instead of reading the
 * word's terms first, and must find exactly the same clients.
 */
class ClientSearchCommonWordsTest extends ClientSearchTest {

    @Autowired
    SearchWordQueries searchWords;

    @Value("${clientele.search.common-terms:50000}")
    int configured;

    @BeforeEach
    void everyWordIsCommon() {
        searchWords.useThreshold(1, Duration.ZERO);
    }

    @Test
    void bounded_counts_of_a_common_word_with_a_rare_one_read_the_rare_word_s_terms() {
        long group = boundedCountClients();
        // 14 terms start with "example" (two per client), 9 with "trading".
        searchWords.useThreshold(10, Duration.ZERO);
        assertThat(searchWords.common("example")).isTrue();
        assertThat(searchWords.common("trading")).isFalse();
        assertThat(searchWords.drivingWord("example trading")).isEqualTo("trading");

        actAsAccount(TestData.ADMIN);
        assertBoundedCounts(ClientFilter.live("example trading"), 4);
        assertBoundedCounts(ClientFilter.trash("trading example"), 2);
        assertBoundedCounts(ClientFilter.live("example trading").withGroups(Set.of(group)), 3);
        assertBoundedCounts(ClientFilter.live("example"), 5);

        actAsAccount(TestData.STAFF);
        assertBoundedCounts(ClientFilter.live("example trading"), 3);
        assertBoundedCounts(ClientFilter.trash("trading example"), 1);
        assertBoundedCounts(ClientFilter.live("example trading").withGroups(Set.of(group)), 2);
        assertBoundedCounts(ClientFilter.live("example"), 4);
    }

    @AfterEach
    void configuredThresholdAgain() {
        searchWords.useThreshold(configured, Duration.ofMinutes(10));
    }
}
