package io.clientele.account;

import io.clientele.client.PersonalData;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A client's Client Center logins as personal data: exported without password hashes or tokens; anonymised to a
 * username and name that name nobody, without e-mail, disabled, so that open sessions end on their next request
 * ({@code DisabledAccountFilter}) and unused password links stop working. The sign-in history stays, renamed.
 */
@Component
class ContactLoginPersonalData implements PersonalData {

    private final UserAccountRepository accounts;
    private final AccountEventRepository events;
    private final PasswordTokenRepository tokens;
    private final Clock clock;

    ContactLoginPersonalData(
            UserAccountRepository accounts,
            AccountEventRepository events,
            PasswordTokenRepository tokens,
            Clock clock) {
        this.accounts = accounts;
        this.events = events;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "logins";
    }

    @Override
    public Object export(Subject subject) {
        return of(subject).stream().map(ContactLoginPersonalData::data).toList();
    }

    private static Map<String, @Nullable Object> data(UserAccount a) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("id", a.getId());
        row.put("username", a.getUsername());
        row.put("name", a.getDisplayName());
        row.put("email", a.getEmail());
        row.put("contactId", a.getContactId());
        row.put("enabled", a.isEnabled());
        row.put("language", a.getLanguage());
        LoginPermissions p = a.getPermissions();
        row.put(
                "permissions",
                Map.of(
                        "invoices",
                        p.invoices(),
                        "quotes",
                        p.quotes(),
                        "projects",
                        p.projects(),
                        "timesheets",
                        p.timesheets(),
                        "support",
                        p.support()));
        row.put("createdAt", Objects.toString(a.getCreatedAt(), null));
        row.put("lastLoginAt", Objects.toString(a.getLastLoginAt(), null));
        return row;
    }

    @Override
    public void anonymise(Subject subject) {
        for (UserAccount login : of(subject)) {
            long id = Objects.requireNonNull(login.getId());
            String oldUsername = login.getUsername();
            String username = "anonymised-" + id;
            tokens.invalidateUnused(id, clock.instant());
            events.rename(id, username);
            events.renameActor(oldUsername, username);
            accounts.anonymise(id, username, PLACEHOLDER);
        }
    }

    /** The client's logins, or the one of the contact meant. */
    private List<UserAccount> of(Subject subject) {
        Long contactId = subject.contactId();
        List<UserAccount> logins = accounts.findByClient(subject.clientId());
        return contactId == null
                ? logins
                : logins.stream()
                        .filter(a -> contactId.equals(a.getContactId()))
                        .toList();
    }
}
