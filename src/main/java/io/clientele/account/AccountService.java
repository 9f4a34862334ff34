package io.clientele.account;

import io.clientele.base.security.Roles;
import io.clientele.base.domain.RuleViolationException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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

    /**
     * Creates a Client Center login for a client; the password must pass {@link PasswordPolicy}. A client may have
     * several accounts.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createClientAccount(long clientId, String username, String displayName, @Nullable String email,
            String rawPassword) {
        PasswordPolicy.check(rawPassword, username, email);
        UserAccount account = create(username, displayName, email, AccountType.CLIENT, rawPassword);
        account.setClientId(clientId);
        return account;
    }

    /** Ties a CLIENT account to a client (administration and tests). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void assignClient(long accountId, long clientId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (account.getType() != AccountType.CLIENT) {
            throw new IllegalArgumentException("Only client accounts belong to a client");
        }
        account.setClientId(clientId);
    }

    /** Enables or disables a login; a disabled account cannot log in and its open sessions end. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(long accountId, boolean enabled) {
        accounts.findById(accountId).orElseThrow().setEnabled(enabled);
    }

    /**
     * The client of the logged-in CLIENT account, read fresh from the database: empty when the account is disabled,
     * belongs to no client or is not a client account. The Client Center derives all its scoping from this.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.CLIENT)
    public Optional<Long> currentClientId() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(auth.getName())
                .filter(a -> a.isEnabled() && a.getType() == AccountType.CLIENT)
                .map(UserAccount::getClientId);
    }

    /**
     * Changes the logged-in user's own password after checking the current one; nobody changes another's here.
     *
     * @throws RuleViolationException {@code account.password.current-wrong} or a {@link PasswordPolicy} key
     */
    @Transactional
    @PermitAll
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Not logged in");
        }
        UserAccount account = accounts.findByUsernameIgnoreCase(auth.getName())
                .orElseThrow(() -> new AccessDeniedException("Unknown account"));
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolationException("account.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, account.getUsername(), account.getEmail());
        account.setPasswordHash(passwordEncoder.encode(newPassword));
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
