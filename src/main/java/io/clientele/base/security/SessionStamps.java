package io.clientele.base.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When a session's user last proved their password. A password change or reset ends every session of the account
 * that signed in before it (ASVS 7.4.3), except the one that made the change, which {@link #renew} re-stamps.
 */
public final class SessionStamps {

    /** Session attribute: epoch millis of the login (or of the password change made in this session). */
    public static final String SIGNED_IN_AT = SessionStamps.class.getName() + ".signedInAt";

    private SessionStamps() {}

    /** Keeps the current Vaadin session alive past the password change made at {@code changedAt}. */
    public static void renew(Instant changedAt) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session != null) {
            session.setAttribute(SIGNED_IN_AT, changedAt.toEpochMilli());
        }
    }

    static @Nullable Instant signedInAt(jakarta.servlet.http.@Nullable HttpSession session) {
        Object at = session == null ? null : session.getAttribute(SIGNED_IN_AT);
        return at instanceof Long millis ? Instant.ofEpochMilli(millis) : null;
    }
}
