package io.clientele.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads logins from the accounts table; no account exists anywhere but there.
 *
 * <p>After {@code clientele.security.max-failed-logins} wrong passwords in a row an account is locked for
 * {@code clientele.security.lock-minutes}. A locked or disabled account is handed to Spring Security with a hash no
 * password matches, so it fails exactly like a wrong password: same error, and the same bcrypt work (Spring hashes a
 * dummy password for unknown usernames too), so neither the answer nor its timing tells the three apart.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final int maxFailedLogins;
    private final Duration lockTime;
    private final String neverMatches;

    AccountUserDetailsService(
            UserAccountRepository accounts,
            Clock clock,
            PasswordEncoder passwordEncoder,
            @Value("${clientele.security.max-failed-logins:5}") int maxFailedLogins,
            @Value("${clientele.security.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailedLogins = maxFailedLogins;
        this.lockTime = Duration.ofMinutes(lockMinutes);
        this.neverMatches = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(a -> new AccountPrincipal(a, canLogIn(a) ? a.getPasswordHash() : neverMatches))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }

    private boolean canLogIn(UserAccount account) {
        return account.isEnabled() && !isLocked(account);
    }

    private boolean isLocked(UserAccount account) {
        Instant until = account.getLockedUntil();
        return until != null && until.isAfter(clock.instant());
    }

    @EventListener
    @Transactional
    public void onLogin(AuthenticationSuccessEvent event) {
        accounts.markLogin(event.getAuthentication().getName(), clock.instant());
    }

    /** Counts wrong passwords in a row; the limit locks the account (a locked one stays as locked as it was). */
    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName().strip())
                .filter(a -> a.isEnabled() && !isLocked(a))
                .ifPresent(a -> {
                    int failed = a.getFailedLogins() + 1;
                    if (failed >= maxFailedLogins) {
                        a.setLockedUntil(clock.instant().plus(lockTime));
                        failed = 0;
                    }
                    a.setFailedLogins(failed);
                });
    }
}
