package io.clientele.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Vaadin's security configuration: every view must carry an access annotation, anonymous requests land on
 * {@link LoginView}. Services are guarded a second time through {@code @RolesAllowed} method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** bcrypt with cost 12; the id prefix lets stored hashes migrate to a stronger encoder later. */
    static final int BCRYPT_STRENGTH = 12;

    /**
     * bcrypt reads at most 72 bytes (Spring refuses longer input), but passwords may have 128 characters: new hashes
     * are bcrypt over the Base64 SHA-256 of the password (44 bytes). Plain "{bcrypt}" hashes still verify.
     */
    static final class PreHashedBcrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(BCRYPT_STRENGTH);

        private static String preHash(CharSequence raw) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                        .digest(raw.toString().getBytes(StandardCharsets.UTF_8));
                return Base64.getEncoder().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String encode(@Nullable CharSequence rawPassword) {
            if (rawPassword == null) {
                throw new IllegalArgumentException("rawPassword cannot be null");
            }
            return bcrypt.encode(preHash(rawPassword));
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            return rawPassword != null
                    && encodedPassword != null
                    && bcrypt.matches(preHash(rawPassword), encodedPassword);
        }
    }

    /**
     * What Vaadin 25 needs and nothing more: its bootstrap is an inline script and it builds functions from the
     * JavaScript the server sends ({@code 'unsafe-inline' 'unsafe-eval'}, see Vaadin's "Content Security Policy"
     * page), its components set inline styles; everything else only from this origin. {@code frame-ancestors},
     * {@code form-action} and {@code base-uri} still stop framing, form hijacking and base-tag injection. The
     * browser test fails on any violation the main pages report.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Browser features the back office never uses. */
    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDirectory users,
            Clock clock,
            LoginThrottle throttle,
            DeviceCookie devices,
            PasswordCheckSlots passwordChecks,
            @Value("${clientele.security.session-absolute:12h}") Duration sessionAbsolute,
            @Value("${server.servlet.session.timeout:30m}") Duration sessionIdle)
            throws Exception {
        // Right after the session's login is loaded: a disabled account, a session that proved a password the account
        // no longer has, or a session past its absolute limit, goes on as anonymous.
        http.addFilterAfter(new DisabledAccountFilter(users), SecurityContextHolderFilter.class);
        http.addFilterAfter(
                new AbsoluteSessionTimeoutFilter(sessionAbsolute, clock), SecurityContextHolderFilter.class);
        // In front of the password check: login CSRF, throttling and the cap on concurrent bcrypt work.
        http.addFilterBefore(
                new LoginGuardFilter(throttle, devices, passwordChecks), UsernamePasswordAuthenticationFilter.class);
        // A new session id at login (fixation), then the login time and the device cookie; the session gets the
        // full idle timeout only now (anonymous ones get a short one, see AnonymousSessions).
        http.sessionManagement(s -> s.sessionAuthenticationStrategy(new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), new SignInStamp(devices, sessionIdle)))));
        http.addFilterBefore(
                new SecurityHeadersFilter(CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY),
                SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/styles.css")
                .permitAll()
                // Load balancers and container health checks probe without a login; the rest is for administrators.
                .requestMatchers(EndpointRequest.to("health"))
                .permitAll()
                .requestMatchers(EndpointRequest.toAnyEndpoint())
                .hasRole(Roles.ADMIN));
        // An address that is no route must reach Vaadin for a signed-in user, so they get the "page not available"
        // page in their own layout instead of Spring Security's bare 403 (Vaadin's default denies it). Signed-out
        // visitors still go to the login first, so nothing tells them which addresses exist.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Spring's delegating encoder (stored hashes name their kind, so older ones keep working), with a test hook that
     * runs before each password check: tests hold checks open to fill the login's slots instead of sleeping.
     */
    static final class HookedPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private volatile @Nullable Runnable beforeCheck;

        HookedPasswordEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public @Nullable String encode(@Nullable CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
            Runnable hook = beforeCheck;
            if (hook != null) {
                hook.run();
            }
            return delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(@Nullable String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }

        /** Test hook: runs before every password check from now on; {@code null} removes it. */
        void beforeEachCheck(@Nullable Runnable hook) {
            this.beforeCheck = hook;
        }
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new HookedPasswordEncoder(new DelegatingPasswordEncoder(
                "bcrypt-sha256",
                Map.of("bcrypt-sha256", new PreHashedBcrypt(), "bcrypt", new BCryptPasswordEncoder(BCRYPT_STRENGTH))));
    }
}
