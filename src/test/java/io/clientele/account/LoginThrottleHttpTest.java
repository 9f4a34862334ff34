package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.HttpBrowser;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;

/**
 * Issue 23, item 1: nobody can lock anybody else out. Wrong passwords slow down the address (and, spread over many
 * addresses, browsers that never logged in) that sends them; the real user's own browser always gets in. Attackers
 * sit on other loopback addresses (127.0.0.x) than the user.
 */
class LoginThrottleHttpTest extends SpringTest {

    private static final String WRONG = "not the password at all";

    @LocalServerPort
    int port;

    @BeforeEach
    void setUp() {
        testData.clientAccount("lockme", testData.company("Lock Co", "lock@test.example"));
    }

    @Test
    void wrong_passwords_from_another_address_never_keep_the_user_out() throws Exception {
        HttpBrowser attacker = new HttpBrowser(port, "127.0.0.2");
        for (int i = 0; i < 25; i++) {
            assertThat(attacker.login("lockme", WRONG)).contains("/login?");
        }
        // Five wrong in a row used to lock the account for 15 minutes, the real password refused like a wrong one.
        assertThat(new HttpBrowser(port).login("lockme", TestData.PASSWORD))
                .as("the user, elsewhere, right after the attack")
                .doesNotContain("/login?");
    }

    @Test
    void after_three_wrong_passwords_the_address_waits_and_unknown_users_get_the_same_answers() throws Exception {
        String[] addresses = {"127.0.0.3", "127.0.0.5"};
        String[] usernames = {"lockme", "nobody-at-all"};
        for (int u = 0; u < 2; u++) {
            String username = usernames[u];
            HttpBrowser guesser = new HttpBrowser(port, addresses[u]);
            for (int i = 0; i < 4; i++) {
                assertThat(guesser.login(username, WRONG))
                        .as(username + " try " + i)
                        .endsWith("/login?error");
            }
            // "retry" comes only from the guard in front of the password check: no bcrypt work was done for it.
            // The test profile's first delay is 4 s (production: 1 s).
            assertThat(guesser.postLogin(username, TestData.PASSWORD, Map.of())
                            .headers()
                            .firstValue("Location")
                            .orElse(""))
                    .as(username)
                    .matches(".*/login\\?retry=[1-4]");
        }
        Thread.sleep(4100);
        assertThat(new HttpBrowser(port, "127.0.0.3").login("lockme", TestData.PASSWORD))
                .as("after the wait the right password works")
                .doesNotContain("/login?");
    }

    @Test
    void guessing_spread_over_many_addresses_slows_new_browsers_but_lets_the_users_own_browser_in() throws Exception {
        HttpBrowser usersBrowser = new HttpBrowser(port);
        assertThat(usersBrowser.login("lockme", TestData.PASSWORD)).doesNotContain("/login?");
        assertThat(usersBrowser.hasCookie("clientele-device")).isTrue();
        for (int address = 10; address < 23; address++) {
            new HttpBrowser(port, "127.0.0." + address).login("lockme", WRONG);
        }
        assertThat(new HttpBrowser(port).login("lockme", TestData.PASSWORD))
                .as("a browser that never logged in to lockme")
                .contains("/login?retry=");
        assertThat(usersBrowser.login("lockme", TestData.PASSWORD))
                .as("the user's own browser")
                .doesNotContain("/login?");
    }

    @Test
    void the_account_list_state_counts_the_failures_and_an_admin_clear_lets_new_browsers_in() throws Exception {
        for (int address = 30; address < 43; address++) {
            new HttpBrowser(port, "127.0.0." + address).login("lockme", WRONG);
        }
        actAsAccount(TestData.ADMIN);
        SignInState state = accounts.signInState("lockme");
        assertThat(state.failedAttempts()).isGreaterThanOrEqualTo(11);
        assertThat(state.throttledUntil()).isNotNull();
        accounts.clearSignIn(
                accounts.list("lockme", Pageable.ofSize(1)).getFirst().id());
        assertThat(accounts.signInState("lockme").isClear()).isTrue();
        assertThat(new HttpBrowser(port).login("lockme", TestData.PASSWORD)).doesNotContain("/login?");
    }

    @Test
    void one_address_trying_many_usernames_runs_out_of_password_checks_while_others_log_in() throws Exception {
        HttpBrowser flood = new HttpBrowser(port, "127.0.0.4");
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            if (flood.login("random-user-" + i, WRONG).contains("/login?retry=")) {
                refused++;
            }
        }
        // The test profile's address budget is 6 wrong passwords (production: 30, refilling one per 30 s); "retry"
        // comes only from the guard in front of the password check. A slow machine may let one refill happen.
        assertThat(refused).as("attempts refused before any password check").isGreaterThanOrEqualTo(5);
        assertThat(new HttpBrowser(port).login(TestData.STAFF, TestData.PASSWORD))
                .doesNotContain("/login?");
    }

    @Test
    void a_disabled_account_cannot_log_in_and_its_open_session_ends() throws Exception {
        HttpBrowser session = new HttpBrowser(port);
        assertThat(session.login("lockme", TestData.PASSWORD)).doesNotContain("error");
        assertThat(session.get("/portal").statusCode()).isEqualTo(200);
        testData.setEnabled("lockme", false);
        HttpResponse<String> after = session.get("/portal");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(new HttpBrowser(port).login("lockme", TestData.PASSWORD)).endsWith("/login?error");
    }

    @Autowired
    AccountService accounts;
}
