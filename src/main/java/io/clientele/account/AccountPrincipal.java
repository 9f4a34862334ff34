package io.clientele.account;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.SessionStamps;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated account as Spring Security holds it: username, role and the name to greet. */
public class AccountPrincipal extends User implements CurrentUser.DisplayNamed, SessionStamps.Stamped {

    private final long accountId;
    private final String displayName;
    private final @Nullable Long clientId;
    private final String credentialsStamp;

    /**
     * @param passwordHash the hash to check the typed password against; a disabled or locked account gets one that
     *                     nothing matches (see {@code AccountUserDetailsService}), so it fails like a wrong password
     */
    AccountPrincipal(UserAccount account, String passwordHash) {
        super(
                account.getUsername(),
                passwordHash,
                true,
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.getType().role())));
        this.accountId = account.getId() == null ? 0 : account.getId();
        this.displayName = account.getDisplayName();
        this.clientId = account.getClientId();
        // The account's own password, also for a disabled account: its login fails anyway.
        this.credentialsStamp = account.credentialsStamp();
    }

    /** CLIENT accounts: their client as of login; services re-read it from the account, never trust this alone. */
    public @Nullable Long getClientId() {
        return clientId;
    }

    public long getAccountId() {
        return accountId;
    }

    @Override
    public String credentialsStamp() {
        return credentialsStamp;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }
}
