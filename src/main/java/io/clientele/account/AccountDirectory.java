package io.clientele.account;

import io.clientele.base.domain.LikePattern;
import io.clientele.base.domain.PageCap;
import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.ClientDirectory;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The account feature's answer to {@link UserDirectory}. */
@Service
@Transactional(readOnly = true)
class AccountDirectory implements UserDirectory {

    private final UserAccountRepository accounts;
    private final ClientDirectory clients;

    AccountDirectory(UserAccountRepository accounts, ClientDirectory clients) {
        this.accounts = accounts;
        this.clients = clients;
    }

    @Override
    public List<UserRef> staff(String filter, int offset, int limit) {
        String pattern = LikePattern.containing(filter);
        int size = PageCap.size(limit);
        return accounts.findStaff(pattern, PageRequest.of(offset / size, size)).stream()
                .map(AccountDirectory::ref)
                .toList();
    }

    @Override
    public List<UserRef> find(Collection<Long> ids) {
        return ids.isEmpty()
                ? List.of()
                : accounts.findAllById(ids).stream().map(AccountDirectory::ref).toList();
    }

    @Override
    public Optional<UserRef> find(long id) {
        return accounts.findById(id).map(AccountDirectory::ref);
    }

    /**
     * Read fresh for every request, so a permission an administrator changes applies at once, not at the next login;
     * within one HTTP request (a click: many service calls, each asking) the account is read once. Without a request
     * (background work, tests) every call reads it.
     */
    @Override
    public CallerScope currentScope() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Not logged in");
        }
        if (SystemAuthentication.USERNAME.equals(auth.getName())
                && !(auth.getPrincipal() instanceof AccountPrincipal)) {
            return CallerScope.SYSTEM;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = CallerScope.class.getName() + "/" + auth.getName();
        if (request != null
                && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof CallerScope known) {
            return known;
        }
        CallerScope scope = readScope(auth);
        if (request != null) {
            request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    private CallerScope readScope(Authentication auth) {
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(CallerScope.ROLE_PREFIX))
                .map(a -> a.substring(CallerScope.ROLE_PREFIX.length()))
                .collect(Collectors.toSet());
        UserAccount account = accounts.findByUsernameIgnoreCase(auth.getName())
                .orElseThrow(() -> new AccessDeniedException("Unknown account"));
        long id = Objects.requireNonNull(account.getId());
        if (account.getType() == AccountType.CLIENT) {
            return CallerScope.client(id, account.isEnabled() ? account.getClientId() : null);
        }
        boolean seesAll = roles.contains(Roles.ADMIN) || roles.contains(Roles.MANAGER) || account.isViewAllClients();
        return CallerScope.staff(id, !seesAll, roles);
    }

    @Override
    public Optional<String> preferredLanguage(String username) {
        // A client user who never chose a language gets their client's: the Client Center speaks the client's language.
        return accounts.findByUsernameIgnoreCase(username)
                .flatMap(a -> Optional.ofNullable(a.getLanguage())
                        .or(() -> a.getClientId() == null ? Optional.empty() : clients.language(a.getClientId())));
    }

    @Override
    @Transactional
    public void setPreferredLanguage(String username, String language) {
        accounts.findByUsernameIgnoreCase(username).ifPresent(a -> a.setLanguage(language));
    }

    @Override
    public boolean isActive(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .map(UserAccount::isEnabled)
                .orElse(false);
    }

    @Override
    public boolean acceptsSession(String username, @Nullable String credentialsStamp) {
        // A session without a stamp (signed in before stamps existed) goes on until the first password change.
        return accounts.findByUsernameIgnoreCase(username)
                .map(a -> a.isEnabled()
                        && (credentialsStamp == null
                                ? a.getCredentialsChangedAt() == null
                                : credentialsStamp.equals(a.credentialsStamp())))
                .orElse(false);
    }

    @Override
    public Optional<Long> contactOf(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getContactId);
    }

    @Override
    public Optional<String> email(long id) {
        return accounts.findById(id).map(UserAccount::getEmail).filter(e -> !e.isBlank());
    }

    private static UserRef ref(UserAccount a) {
        return new UserRef(a.getId() == null ? 0 : a.getId(), a.getDisplayName(), a.getUsername());
    }
}
