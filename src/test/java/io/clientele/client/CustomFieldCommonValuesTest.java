package io.clientele.client;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Every test of {@link CustomFieldListTest} again, with every custom-field condition counted as common (issue 22):
 * the list, its count and the restricted staff member's halves then probe each client's value by primary key in the
 * list's order instead of reading the value's index range first, and must find exactly the same clients.
 */
class CustomFieldCommonValuesTest extends CustomFieldListTest {

    @Autowired
    CustomFieldQueries customFieldQueries;

    @Value("${clientele.custom-fields.common-values:50000}")
    int configured;

    @BeforeEach
    void everyValueIsCommon() {
        customFieldQueries.useThreshold(1, Duration.ZERO);
    }

    @AfterEach
    void configuredThresholdAgain() {
        customFieldQueries.useThreshold(configured, Duration.ofMinutes(10));
    }
}
