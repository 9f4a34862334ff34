package io.clientele.account;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored accounts as tests read them. The application itself offers no lookup by username that returns the account
 * (it would hand out the password hash); tests reach the package-private repository from here.
 */
@Component
@Transactional(readOnly = true)
public class TestAccounts {

    private final UserAccountRepository accounts;

    TestAccounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<UserAccount> find(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }
}
