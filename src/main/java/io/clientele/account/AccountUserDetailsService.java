package io.clientele.account;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
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
 * <p>A disabled account is handed to Spring Security with a hash no password matches, so it fails exactly like a
 * wrong password: same error, and the same bcrypt work (Spring hashes a dummy password for unknown usernames too),
 * so neither the answer nor its timing tells the three apart. Guessing is slowed down in front of this, per username
 * and address ({@code base.security.LoginThrottle}); nothing here locks an account, so nobody can lock out another.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final String neverMatches;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.clock = clock;
        this.neverMatches = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                .map(a -> new AccountPrincipal(a, a.isEnabled() ? a.getPasswordHash() : neverMatches))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
    }

    @EventListener
    @Transactional
    public void onLogin(AuthenticationSuccessEvent event) {
        accounts.markLogin(event.getAuthentication().getName(), clock.instant());
    }
}
