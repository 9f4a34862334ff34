package io.clientele.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One Spring context for the whole suite (H2 by default, MySQL when .ci/run adds the mysql profile), and a clean
 * database before each test.
 */
@SpringBootTest
public abstract class SpringTest {

    @Autowired
    protected TestData testData;

    @Autowired
    private SecurityContextHolderStrategy securityContextHolderStrategy;

    /**
     * Every Spring context with Vaadin security installs its own holder strategy (with its own thread-local) as the
     * global one. Once a second context has started (LoginHttpTest's web server), tests on this context would put
     * their login where this context's method security no longer looks; so each test points the global holder back
     * at this context's strategy.
     */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(securityContextHolderStrategy);
    }

    @BeforeEach
    void cleanDatabase() {
        testData.reset();
    }
}
