package io.clientele.client;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every test of {@link ClientTagsTest} again, with every tag filter counted as common (issue 22): the list and the
 * restricted staff member's halves then probe each client's tags in the list's order instead of reading the tags'
 * members first, and must find exactly the same clients.
 */
class ClientTagsCommonTest extends ClientTagsTest {

    @Autowired
    ClientTagQueries tagQueries;

    @Value("${clientele.tags.common-members:50000}")
    int configured;

    @BeforeEach
    void everyTagIsCommon() {
        tagQueries.useThreshold(1, Duration.ZERO);
    }

    @AfterEach
    void configuredThresholdAgain() {
        tagQueries.useThreshold(configured, Duration.ofMinutes(10));
    }
}
