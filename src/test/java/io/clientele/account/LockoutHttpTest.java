package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lockout, disabled accounts and user enumeration over the real filter chain. */
class LockoutHttpTest extends SpringTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private HttpClient http;

    @BeforeEach
    void setUp() {
        http = newClient();
        testData.clientAccount("lockme", testData.company("Lock Co", "lock@test.example"));
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in on a fresh session; returns where the login sent the browser. */
    private String login(String username, String password) throws Exception {
        return login(newClient(), username, password);
    }

    private String login(HttpClient client, String username, String password) throws Exception {
        get(client, "/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private long millis(String username, String password) throws Exception {
        long start = System.nanoTime();
        login(username, password);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void five_wrong_passwords_in_a_row_lock_the_account_with_the_same_answer() throws Exception {
        String wrong = login("lockme", "not the password at all");
        assertThat(wrong).endsWith("/login?error");
        for (int i = 0; i < 3; i++) {
            login("lockme", "not the password at all");
        }
        assertThat(login("lockme", TestData.PASSWORD))
                .as("4 failures, then success")
                .doesNotContain("error");
        for (int i = 0; i < 5; i++) {
            login("lockme", "not the password at all");
        }
        assertThat(jdbc.queryForObject(
                        "select locked_until from user_accounts where username = 'lockme'", java.sql.Timestamp.class))
                .isNotNull();
        assertThat(login("lockme", TestData.PASSWORD)).as("locked").isEqualTo(wrong);
        assertThat(login("nobody-at-all", TestData.PASSWORD)).as("unknown").isEqualTo(wrong);

        jdbc.update(
                "update user_accounts set locked_until = ? where username = 'lockme'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
        assertThat(login("lockme", TestData.PASSWORD)).as("lock over").doesNotContain("error");
    }

    @Test
    void locked_unknown_and_wrong_take_about_as_long() throws Exception {
        for (int i = 0; i < 5; i++) {
            login("lockme", "not the password at all");
        }
        long locked = Long.MAX_VALUE;
        long unknown = Long.MAX_VALUE;
        long wrong = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            locked = Math.min(locked, millis("lockme", TestData.PASSWORD));
            unknown = Math.min(unknown, millis("nobody-at-all", TestData.PASSWORD));
            wrong = Math.min(wrong, millis(TestData.STAFF, "not the password at all"));
        }
        // All three run one bcrypt; without it a locked or unknown login would answer many times faster.
        assertThat(locked).as("locked vs wrong").isGreaterThan(wrong / 3);
        assertThat(unknown).as("unknown vs wrong").isGreaterThan(wrong / 3);
    }

    @Test
    void a_disabled_account_cannot_log_in_and_its_open_session_ends() throws Exception {
        HttpClient session = newClient();
        assertThat(login(session, "lockme", TestData.PASSWORD)).doesNotContain("error");
        assertThat(get(session, "/portal").statusCode()).isEqualTo(200);
        testData.setEnabled("lockme", false);
        HttpResponse<String> after = get(session, "/portal");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(login("lockme", TestData.PASSWORD)).endsWith("/login?error");
    }
}
