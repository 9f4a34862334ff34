package io.clientele.account;

import io.clientele.base.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a production installation. Without demo data a fresh database has no account, so
 * nobody could log in to create one: when no enabled administrator exists and
 * {@code clientele.admin.initial-password} ({@code CLIENTELE_ADMIN_INITIAL_PASSWORD}) is set, this creates one at
 * start-up. A password the policy refuses stops the start with the reason, rather than leaving an installation
 * nobody can enter. Once an administrator exists the setting is ignored (and should be removed).
 * Runs after the demo seeding, which brings its own administrator.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountRepository accounts;
    private final AccountService service;
    private final String username;
    private final @Nullable String password;
    private final @Nullable String email;

    InitialAdministrator(
            UserAccountRepository accounts,
            AccountService service,
            @Value("${clientele.admin.username:admin}") String username,
            @Value("${clientele.admin.initial-password:}") @Nullable String password,
            @Value("${clientele.admin.email:}") @Nullable String email) {
        this.accounts = accounts;
        this.service = service;
        this.username = username.strip();
        this.password = password == null || password.isEmpty() ? null : password;
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByTypeAndEnabledTrue(AccountType.ADMIN)) {
            if (password != null) {
                log.info("An administrator exists: clientele.admin.initial-password is ignored, remove it");
            }
            return;
        }
        if (password == null) {
            log.warn(
                    "No administrator account exists. Set CLIENTELE_ADMIN_INITIAL_PASSWORD (at least {} characters)"
                            + " and restart to create the administrator '{}'",
                    PasswordPolicy.MIN_LENGTH,
                    username);
            return;
        }
        String problem = PasswordPolicy.problem(password, username, email);
        if (problem != null) {
            throw new IllegalStateException("CLIENTELE_ADMIN_INITIAL_PASSWORD is refused by the password policy ("
                    + problem + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password,"
                    + " not the username or e-mail");
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new IllegalStateException("No enabled administrator exists, but the account '" + username
                    + "' does (a disabled or non-admin account): set clientele.admin.username to a free name");
        }
        SystemAuthentication.run(() -> service.create(username, "Administrator", email, AccountType.ADMIN, password));
        log.info(
                "Created the administrator '{}' from CLIENTELE_ADMIN_INITIAL_PASSWORD; change the password after"
                        + " the first login and remove the setting",
                username);
    }
}
