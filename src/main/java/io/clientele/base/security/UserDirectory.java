package io.clientele.base.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who the back-office users are, for features that store user ids (client owners, assigned staff, project members)
 * without depending on the account feature, which implements this.
 */
public interface UserDirectory {

    /** Enabled ADMIN and STAFF users whose name or username contains the text, by name; at most {@code limit}. */
    List<UserRef> staff(String filter, int offset, int limit);

    /** The users with these ids that exist, in no particular order. */
    List<UserRef> find(Collection<Long> ids);

    Optional<UserRef> find(long id);

    /** What the calling user may see; {@link CallerScope#SYSTEM} for start-up and scheduled work. */
    CallerScope currentScope();

    /** The language the user chose for the UI, if any (ISO 639-1). */
    Optional<String> preferredLanguage(String username);

    /** Remembers the UI language the user chose. */
    void setPreferredLanguage(String username, String language);

    /** Whether the account exists and is enabled; a disabled account's open sessions end on their next request. */
    boolean isActive(String username);

    /**
     * Whether a session of this user that proved the password stamped {@code credentialsStamp} (null: unknown) may go
     * on: the account is active and still has that password.
     */
    default boolean acceptsSession(String username, @Nullable String credentialsStamp) {
        return isActive(username);
    }

    /** The user's e-mail address, if the account has one (for notifications such as reminders). */
    default Optional<String> email(long id) {
        return Optional.empty();
    }

    /** The contact a Client Center login belongs to, if the account is such a login and has one. */
    default Optional<Long> contactOf(long accountId) {
        return Optional.empty();
    }
}
