package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.support.HttpBrowser;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 23, item 4: a password change or reset ends the account's other sessions (ASVS 7.4.3). On MariaDB these failed
 * whenever the login and the change fell in the same second: Connector/J stored the change time without its fraction.
 */
class PasswordChangeSessionsHttpTest extends SpringTest {

    private static final String NEW_PASSWORD = "Violet harbour lanterns 7";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        testData.clientAccount("sessions", testData.company("Session Co", "session@test.example"));
    }

    private static void assertSentToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void changing_the_password_ends_the_accounts_other_sessions() throws Exception {
        HttpBrowser laptop = new HttpBrowser(port);
        HttpBrowser phone = new HttpBrowser(port);
        assertThat(laptop.login("sessions", TestData.PASSWORD)).doesNotContain("/login?");
        assertThat(phone.login("sessions", TestData.PASSWORD)).doesNotContain("/login?");
        assertThat(laptop.get("/portal").statusCode()).isEqualTo(200);

        actAsAccount("sessions");
        accounts.changeOwnPassword(TestData.PASSWORD, NEW_PASSWORD);

        assertSentToLogin(laptop.get("/portal"));
        assertSentToLogin(phone.get("/portal"));
        HttpBrowser again = new HttpBrowser(port);
        assertThat(again.login("sessions", NEW_PASSWORD)).doesNotContain("/login?");
        assertThat(again.get("/portal").statusCode())
                .as("a login after the change")
                .isEqualTo(200);
    }

    @Test
    void a_reset_through_a_link_ends_every_session_of_the_account() throws Exception {
        HttpBrowser stolen = new HttpBrowser(port);
        assertThat(stolen.login("sessions", TestData.PASSWORD)).doesNotContain("/login?");
        long id = jdbc.queryForObject("select id from user_accounts where username = 'sessions'", Long.class);
        jdbc.update(
                "insert into password_tokens (token_hash, account_id, expires_at) values (?, ?, ?)",
                PasswordLinks.hash("a-reset-token"),
                id,
                Timestamp.from(Instant.now().plusSeconds(3600)));

        links.setPassword("a-reset-token", NEW_PASSWORD);

        assertSentToLogin(stolen.get("/portal"));
        assertThat(new HttpBrowser(port).login("sessions", NEW_PASSWORD)).doesNotContain("/login?");
    }

    @Test
    void wrong_current_passwords_in_the_change_form_count_like_wrong_logins() {
        actAsAccount("sessions");
        for (int i = 0; i < 4; i++) {
            assertThat(Assertions.catchThrowableOfType(
                                    RuleViolationException.class,
                                    () -> accounts.changeOwnPassword("a wrong guess here", NEW_PASSWORD))
                            .getMessageKey())
                    .as("try " + i)
                    .isEqualTo("account.password.current-wrong");
        }
        RuleViolationException throttled = Assertions.catchThrowableOfType(
                RuleViolationException.class, () -> accounts.changeOwnPassword(TestData.PASSWORD, NEW_PASSWORD));
        assertThat(throttled.getMessageKey()).isEqualTo("account.password.retry");
        assertThat((Long) throttled.getArguments()[0]).isBetween(1L, 4L);
    }
}
