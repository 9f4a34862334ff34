package io.clientele.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One Spring context for the whole suite (H2 by default, MySQL when .ci/run adds the mysql profile), and a clean
 * database before each test. It runs a real server on a random port so the HTTP tests share it: a second context
 * would install a second security-context strategy and leave the first context's method security reading an empty
 * one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SpringTest {

    @Autowired
    protected TestData testData;

    @Autowired
    private UserDetailsService userDetails;

    @BeforeEach
    void cleanDatabase() {
        testData.reset();
    }

    @AfterEach
    void forgetCaller() {
        SecurityContextHolder.clearContext();
    }

    /** Calls services from here on as this stored account, with its roles, as its login would. */
    protected void actAsAccount(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
