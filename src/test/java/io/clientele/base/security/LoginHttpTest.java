package io.clientele.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.HttpBrowser;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The real Spring Security filter chain over HTTP, which Karibu (no servlet filters) cannot show. */
class LoginHttpTest extends SpringTest {

    @LocalServerPort
    int port;

    private HttpClient http;

    @BeforeEach
    void setUp() {
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postLogin(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_anonymous_request_for_a_view_is_redirected_to_login() throws Exception {
        for (String path : new String[] {"/clients", "/clients/trash", "/clients/7", "/"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .endsWith("/login");
        }
        assertThat(get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void wrong_and_unknown_credentials_get_the_same_answer() throws Exception {
        get("/login");
        HttpResponse<String> wrongPassword = postLogin(TestData.STAFF, "wrong password entirely");
        get("/login");
        HttpResponse<String> unknownUser = postLogin("nobody-here", "wrong password entirely");
        assertThat(wrongPassword.statusCode()).isEqualTo(302);
        assertThat(wrongPassword.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(unknownUser.headers().firstValue("Location"))
                .isEqualTo(wrongPassword.headers().firstValue("Location"));
    }

    @Test
    void a_stored_account_logs_in_with_its_password_and_gets_a_new_session_id() throws Exception {
        get("/login");
        String before = sessionCookie();
        // Without a session before the login, "a new id after it" would prove nothing about session fixation.
        assertThat(before).as("session id before the login").isNotEmpty();
        HttpResponse<String> response = postLogin(TestData.STAFF, TestData.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(sessionCookie()).isNotEmpty().isNotEqualTo(before);
        assertThat(get("/clients").statusCode()).isEqualTo(200);
    }

    @Test
    void a_login_posted_from_another_site_is_refused_and_logs_nobody_in() throws Exception {
        HttpBrowser browser = new HttpBrowser(port);
        browser.get("/login");
        for (Map<String, String> foreign : List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Sec-Fetch-Site", "cross-site"),
                Map.of("Origin", "null"))) {
            HttpResponse<String> answer = browser.postLogin(TestData.STAFF, TestData.PASSWORD, foreign);
            assertThat(answer.statusCode()).as(foreign.toString()).isEqualTo(403);
            assertThat(browser.get("/clients").statusCode())
                    .as(foreign.toString())
                    .isEqualTo(302);
        }
        HttpResponse<String> own = browser.postLogin(
                TestData.STAFF,
                TestData.PASSWORD,
                Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"));
        assertThat(own.headers().firstValue("Location").orElse("")).doesNotContain("/login?");
        assertThat(browser.get("/clients").statusCode()).isEqualTo(200);
    }

    @Test
    void an_unknown_address_reaches_the_not_available_page_for_a_signed_in_user_and_the_login_for_anyone_else()
            throws Exception {
        // Issue 19: Spring Security used to answer a bare, empty 403 before Vaadin could show its page.
        HttpResponse<String> anonymous = get("/no-such-page/here");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");

        get("/login");
        postLogin(TestData.STAFF, TestData.PASSWORD);
        HttpResponse<String> unknown = get("/no-such-page/here");
        // Vaadin's page (its bootstrap), which renders NotAvailableView in the user's layout.
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("window.Vaadin");
    }

    @Test
    void pages_carry_the_security_headers_and_redirects_never_put_the_session_in_the_url() throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
        // A fresh browser without cookies: Tomcat would otherwise append ";jsessionid=" to the redirect.
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> redirect = get("/clients");
        assertThat(redirect.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");

        HttpBrowser staff = new HttpBrowser(port);
        staff.login(TestData.STAFF, TestData.PASSWORD);
        HttpResponse<String> page = staff.get("/clients");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    private String sessionCookie() {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("JSESSIONID"))
                        .map(Object::toString)
                        .findFirst()
                        .orElse("");
    }
}
