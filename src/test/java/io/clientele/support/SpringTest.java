package io.clientele.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One Spring context for the whole suite (H2 by default, MySQL when .ci/run adds the mysql profile), and a clean
 * database before each test.
 */
@SpringBootTest
public abstract class SpringTest {

    @Autowired
    protected TestData testData;

    @BeforeEach
    void cleanDatabase() {
        testData.reset();
    }
}
