package io.clientele.client;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    @AfterEach
    void configuredThresholdAgain() {
        searchWords.useThreshold(configured, Duration.ofMinutes(10));
    }
}
