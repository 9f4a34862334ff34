package io.clientele.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** ASVS V7.3 / V7.4: idle and absolute session limits, and logout ending the session on the server. */
class SessionLimitsTest extends SpringTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void the_idle_timeout_is_thirty_minutes_by_default() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
    }

    @Test
    void a_session_older_than_the_absolute_limit_ends_however_active_it_is() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());
        assertThat(runFilter(session, created.plus(Duration.ofHours(11).plusMinutes(59))))
                .isTrue();
        assertThat(session.isInvalid()).isFalse();

        assertThat(runFilter(session, created.plus(Duration.ofHours(12).plusMinutes(1))))
                .isFalse();
        assertThat(session.isInvalid()).isTrue();
    }

    /** Runs the filter at the given time for a logged-in request; returns whether the login survived. */
    private static boolean runFilter(MockHttpSession session, Instant now) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("staff", null, List.of()));
        AtomicBoolean loggedIn = new AtomicBoolean();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/clients");
        request.setSession(session);
        try {
            new AbsoluteSessionTimeoutFilter(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC))
                    .doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
                        @Override
                        public void doFilter(ServletRequest req, ServletResponse res) {
                            loggedIn.set(SecurityContextHolder.getContext().getAuthentication() != null);
                        }
                    });
        } finally {
            SecurityContextHolder.clearContext();
        }
        return loggedIn.get();
    }

    @Test
    void logging_out_ends_the_session_so_its_old_cookie_no_longer_opens_anything() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        get(http, "/login");
        String form = "username=" + TestData.STAFF + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
        http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> page = get(http, "/clients");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String loggedInSession = sessionId(cookies);

        HttpResponse<String> logout = http.send(
                HttpRequest.newBuilder(uri("/logout"))
                        .header("X-CSRF-TOKEN", csrf.group(1))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(302);

        HttpClient replay = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> withOldCookie = replay.send(
                HttpRequest.newBuilder(uri("/clients"))
                        .header("Cookie", "JSESSIONID=" + loggedInSession)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withOldCookie.statusCode()).isEqualTo(302);
        assertThat(withOldCookie.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }
}
