package io.clientele.account;

import io.clientele.base.domain.LikePattern;
import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.LoginThrottle;
import io.clientele.base.security.Roles;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.security.UserDirectory;
import io.clientele.client.ClientDirectory;
import io.clientele.contact.ClientChoice;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactRow;
import io.clientele.contact.ContactService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up accounts; the only place that hashes passwords. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final UserDirectory users;
    private final LoginThrottle throttle;
    private final AccountEventRepository events;
    private final Clock clock;
    private final ClientDirectory clients;
    private final ContactService contacts;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            UserDirectory users,
            LoginThrottle throttle,
            AccountEventRepository events,
            Clock clock,
            ClientDirectory clients,
            ContactService contacts) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.users = users;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
        this.clients = clients;
        this.contacts = contacts;
    }

    /** Longest security history {@link #history} returns. */
    public static final int HISTORY_MAX = 50;

    /** Accounts whose name, username or e-mail contains the text, by name; for the accounts list. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AccountRow> list(String search, Pageable page) {
        int size = PageCap.size(page);
        List<UserAccount> found =
                accounts.search(pattern(search), PageRequest.of((int) (page.getOffset() / size), size));
        Map<Long, String> clientNames = clients.names(found.stream()
                .map(UserAccount::getClientId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return found.stream()
                .map(a -> row(a, a.getClientId() == null ? null : clientNames.get(a.getClientId())))
                .toList();
    }

    private AccountRow row(UserAccount a) {
        return row(
                a,
                a.getClientId() == null
                        ? null
                        : clients.names(Set.of(a.getClientId())).get(a.getClientId()));
    }

    private static AccountRow row(UserAccount a, @Nullable String clientName) {
        return new AccountRow(
                Objects.requireNonNull(a.getId()),
                a.getDisplayName(),
                a.getUsername(),
                a.getEmail(),
                a.getType(),
                clientName,
                a.isEnabled(),
                a.getLastLoginAt(),
                a.getContactId());
    }

    /** How many accounts {@link #list} finds. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public long count(String search) {
        return accounts.countSearch(pattern(search));
    }

    /** Clients a Client Center login can be made for (the contact feature knows their addresses). */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<ClientChoice> clientChoices(String search, int offset, int limit) {
        return contacts.clientChoices(search, offset, limit);
    }

    /** A client's live contacts, primary first, for picking whom a Client Center login is for. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<ContactRow> contactChoices(long clientId) {
        return contacts.page(clientId, false, PageRequest.of(0, PageCap.MAX_PAGE_SIZE));
    }

    /** Creates a back-office login (staff, manager or admin); the password must pass {@link PasswordPolicy}. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createStaffAccount(
            String username, String displayName, @Nullable String email, AccountType type, String rawPassword) {
        if (type == AccountType.CLIENT) {
            throw new IllegalArgumentException("Client accounts need a client");
        }
        PasswordPolicy.check(rawPassword, username, email);
        return create(username, displayName, email, type, rawPassword);
    }

    /** Changes an account's name and e-mail address; the username stays. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void update(long accountId, String displayName, @Nullable String email) {
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("A name is required");
        }
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (account.getContactId() != null) {
            // Name and e-mail of a contact's login are the contact's: they change on the contact.
            throw new RuleViolationException("contactlogin.edit.from-contact");
        }
        account.setDisplayName(displayName.strip());
        account.setEmail(email == null || email.isBlank() ? null : email.strip());
    }

    /** Deletes an account; an administrator cannot delete their own. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void delete(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (users.currentScope().is(account.getId())) {
            throw new RuleViolationException("account.delete.self");
        }
        accounts.delete(account);
    }

    private static String pattern(String search) {
        return LikePattern.containingLowerCase(search);
    }

    /**
     * Creates an account with a hashed password. Start-up seeding calls it as the system user
     * ({@code SystemAuthentication}); nobody else but an administrator may.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount create(
            String username, String displayName, @Nullable String email, AccountType type, String rawPassword) {
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
    public UserAccount createClientAccount(
            long clientId, String username, String displayName, @Nullable String email, String rawPassword) {
        PasswordPolicy.check(rawPassword, username, email);
        return createSeededClientAccount(clientId, username, displayName, email, rawPassword);
    }

    /**
     * Creates a Client Center login without the password policy, like {@link #create}: for start-up seeding of the
     * README's demo login, whose easy password the policy (rightly) refuses.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createSeededClientAccount(
            long clientId, String username, String displayName, @Nullable String email, String rawPassword) {
        UserAccount account = create(username, displayName, email, AccountType.CLIENT, rawPassword);
        account.setClientId(clientId);
        return account;
    }

    /**
     * Creates a Client Center login whose password the user sets through the welcome e-mail's link; until then no
     * password opens it.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createClientAccountWithLink(long clientId, String username, String displayName, String email) {
        UserAccount account =
                create(username, displayName, email, AccountType.CLIENT, UUID.randomUUID() + "-" + UUID.randomUUID());
        account.setClientId(clientId);
        return account;
    }

    /**
     * Gives a contact Client Center access: a login for the contact's client whose username and e-mail are the
     * contact's e-mail address and whose name is the contact's; both follow the contact from now on. Without a
     * password the user sets one through the welcome e-mail's link (until then no password opens it); a given one
     * must pass {@link PasswordPolicy}.
     *
     * @throws RuleViolationException {@code contactlogin.refused.no-email} when the contact has no e-mail address,
     *     {@code contactlogin.refused.has-login} when it has a login already, {@code contactlogin.refused.email-taken}
     *     when an account signs in with or has that address
     * @throws io.clientele.contact.ContactNotFoundException for a trashed contact or one of another client
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public UserAccount createContactLogin(
            long clientId, long contactId, LoginPermissions permissions, @Nullable String rawPassword) {
        Contact contact = contacts.getOf(clientId, contactId);
        String address = contact.getEmail();
        if (address == null || address.isBlank()) {
            throw new RuleViolationException("contactlogin.refused.no-email", contact.getName());
        }
        if (!accounts.findByContactId(contactId).isEmpty()) {
            throw new RuleViolationException("contactlogin.refused.has-login", contact.getName());
        }
        if (accounts.existsWithAddress(address)) {
            throw new RuleViolationException("contactlogin.refused.email-taken", address);
        }
        if (rawPassword != null) {
            PasswordPolicy.check(rawPassword, address, address);
        }
        UserAccount account = create(
                address,
                contact.getName(),
                address,
                AccountType.CLIENT,
                rawPassword != null ? rawPassword : UUID.randomUUID() + "-" + UUID.randomUUID());
        account.setClientId(clientId);
        account.setContactId(contactId);
        account.setPermissions(permissions);
        return account;
    }

    /** The Client Center login of a contact, if it has one. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public Optional<AccountRow> loginOf(long contactId) {
        return accounts.findByContactId(contactId).stream().findFirst().map(this::row);
    }

    /** A Client Center login's permissions. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public LoginPermissions permissions(long accountId) {
        return accounts.findById(accountId).orElseThrow().getPermissions();
    }

    /** Changes what a Client Center login may open; its sessions see the change on their next request. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setPermissions(long accountId, LoginPermissions permissions) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        if (account.getType() != AccountType.CLIENT) {
            throw new IllegalArgumentException("Only Client Center logins have permissions");
        }
        account.setPermissions(permissions);
    }

    /**
     * The calling Client Center login's permissions, read fresh (an administrator's change applies at once); nothing
     * for a caller that is no enabled client login.
     */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.CLIENT)
    public LoginPermissions callerPermissions() {
        Long caller = users.currentScope().accountId();
        return (caller == null ? Optional.<UserAccount>empty() : accounts.findById(caller))
                .filter(a -> a.getType() == AccountType.CLIENT && a.isEnabled())
                .map(UserAccount::getPermissions)
                .orElse(LoginPermissions.NONE);
    }

    /** Enables or disables a login; a disabled account cannot log in and its open sessions end. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void setEnabled(long accountId, boolean enabled) {
        accounts.findById(accountId).orElseThrow().setEnabled(enabled);
    }

    /**
     * The sign-in state of the account with this username: wrong passwords counted since its last login and until
     * when new attempts are slowed down (on this node; see {@code LoginThrottle}).
     */
    @RolesAllowed(Roles.ADMIN)
    public SignInState signInState(String username) {
        LoginThrottle.State state = throttle.state(username);
        return new SignInState(state.failures(), state.throttledUntil());
    }

    /**
     * Clears an account's failed sign-ins and throttling (every address), and records who did it in the account's
     * history.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void clearSignIn(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        SignInState before = signInState(account.getUsername());
        throttle.clear(account.getUsername());
        String detail = before.failedAttempts() + " failed"
                + (before.throttledUntil() == null ? "" : ", throttled until " + before.throttledUntil());
        record(account, AccountEvent.Action.SIGN_IN_CLEARED, detail);
    }

    /** The account's security history, newest first, at most {@value #HISTORY_MAX} entries. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<AccountHistoryEntry> history(long accountId) {
        return events.latest(accountId, PageRequest.of(0, HISTORY_MAX)).stream()
                .map(AccountEvent::entry)
                .toList();
    }

    private void record(UserAccount account, AccountEvent.Action action, @Nullable String detail) {
        // Who is calling comes from the one caller object; start-up and scheduled work act as the system.
        Long caller = users.currentScope().accountId();
        String actor = caller == null
                ? SystemAuthentication.USERNAME
                : accounts.findById(caller).map(UserAccount::getUsername).orElse(SystemAuthentication.USERNAME);
        events.save(new AccountEvent(account, action, actor, clock.instant(), detail));
    }

    /**
     * Changes the logged-in user's own password after checking the current one; nobody changes another's here. Wrong
     * current passwords count like wrong logins ({@code LoginThrottle}); every other session of the account ends.
     *
     * @return the new password's stamp: the calling session stays valid through {@code SessionStamps.renew}
     * @throws RuleViolationException {@code account.password.current-wrong}, {@code account.password.retry} (with the
     *     seconds to wait) or a {@link PasswordPolicy} key
     */
    @Transactional
    @PermitAll
    public String changeOwnPassword(String currentPassword, String newPassword) {
        Long caller = users.currentScope().accountId();
        UserAccount account = (caller == null ? Optional.<UserAccount>empty() : accounts.findById(caller))
                .orElseThrow(() -> new AccessDeniedException("Not logged in"));
        Optional<Duration> wait = throttle.waitBeforeInSession(account.getUsername());
        if (wait.isPresent()) {
            throw new RuleViolationException(
                    "account.password.retry", Math.max(1, wait.get().toSeconds()));
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throttle.failedInSession(account.getUsername());
            throw new RuleViolationException("account.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, account.getUsername(), account.getEmail());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        account.passwordChanged(passwordEncoder.encode(newPassword), now);
        record(account, AccountEvent.Action.PASSWORD_CHANGED, null);
        return account.credentialsStamp();
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }
}
