package io.clientele.support;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
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

    /**
     * Calls services from here on as this username with one role, without loading the account: the roles come from
     * the token, the rest of the caller (account id, restriction) from the stored account of that name.
     */
    protected static void actAs(String username, String role) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        SecurityContextHolder.setContext(context);
    }

    /** {@link #actAs(String, String)} as the test account named like the role ({@code "staff"} for STAFF). */
    protected static void actAs(String role) {
        actAs(role.toLowerCase(Locale.ROOT), role);
    }

    /** Calls services from here on as this stored account, with its roles, as its login would. */
    protected void actAsAccount(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
