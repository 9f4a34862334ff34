package io.clientele.account;

import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up accounts; the only place that hashes passwords. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates an account with a hashed password. Start-up seeding calls it as the system user
     * ({@code SystemAuthentication}); nobody else but an administrator may.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount create(String username, String displayName, @Nullable String email, AccountType type,
            String rawPassword) {
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("An account named " + username + " exists already");
        }
        UserAccount account = new UserAccount(username, displayName, type);
        account.setEmail(email);
        account.setPasswordHash(passwordEncoder.encode(rawPassword));
        return accounts.save(account);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }
}
