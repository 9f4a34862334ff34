package io.clientele.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A production installation's first administrator, from CLIENTELE_ADMIN_INITIAL_PASSWORD. */
class InitialAdministratorTest extends SpringTest {

    private static final String GOOD = "correct horse battery staple 42";

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AccountService accounts;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    private InitialAdministrator runner(String password) {
        return new InitialAdministrator(repository, accounts, "first-admin", password, "it@example.com");
    }

    private void noEnabledAdministrator() {
        jdbc.update("update user_accounts set enabled = false where account_type = 'ADMIN'");
    }

    @Test
    void without_an_enabled_administrator_the_setting_creates_one_who_can_log_in() {
        noEnabledAdministrator();
        runner(GOOD).run(null);

        UserAccount created = testAccounts.find("first-admin").orElseThrow();
        assertThat(created.getType()).isEqualTo(AccountType.ADMIN);
        assertThat(created.isEnabled()).isTrue();
        assertThat(created.getEmail()).isEqualTo("it@example.com");
        assertThat(encoder.matches(GOOD, created.getPasswordHash())).isTrue();

        runner(GOOD).run(null);
        assertThat(jdbc.queryForObject(
                        "select count(*) from user_accounts where username = 'first-admin'", Integer.class))
                .as("a second start creates nothing")
                .isEqualTo(1);
    }

    @Test
    void an_existing_administrator_makes_the_setting_a_no_op() {
        runner(GOOD).run(null);
        assertThat(testAccounts.find("first-admin")).isEmpty();
    }

    @Test
    void no_setting_creates_nobody() {
        noEnabledAdministrator();
        runner("").run(null);
        assertThat(testAccounts.find("first-admin")).isEmpty();
    }

    @Test
    void a_weak_password_stops_the_start_with_the_reason() {
        noEnabledAdministrator();
        assertThatThrownBy(() -> runner("password").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password policy")
                .hasMessageContaining("account.password.too-short");
        assertThatThrownBy(() -> runner("it@example.com").run(null)).hasMessageContaining("password policy");
        assertThat(testAccounts.find("first-admin")).isEmpty();
    }
}
