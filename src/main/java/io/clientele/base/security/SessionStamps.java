package io.clientele.base.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.jspecify.annotations.Nullable;

/**
 * Which password a session's user proved. A password change or reset ends every session of the account that proved an
 * earlier password (ASVS 7.4.3), except the one that made the change, which {@link #renew} re-stamps.
 *
 * <p>A stamp of the password itself, not a login time: time stamps compared with a stored change time fail where the
 * database keeps fewer digits than the clock (Connector/J sends MariaDB 10 whole seconds, as it takes it for MySQL
 * 5.5), so a session that signed in during the second of the change outlived it.
 */
public final class SessionStamps {

    /** Session attribute: the {@link Stamped#credentialsStamp()} of the password the session proved. */
    public static final String CREDENTIALS = SessionStamps.class.getName() + ".credentials";

    private SessionStamps() {}

    /** A principal that knows the stamp of the password it was loaded with (it survives erasing the credentials). */
    public interface Stamped {
        String credentialsStamp();
    }

    /** Keeps the current Vaadin session alive past the password change that produced {@code stamp}. */
    public static void renew(String stamp) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession session = vaadin == null ? null : vaadin.getSession();
        if (session != null) {
            session.setAttribute(CREDENTIALS, stamp);
        }
    }

    static @Nullable String credentials(jakarta.servlet.http.@Nullable HttpSession session) {
        Object stamp = session == null ? null : session.getAttribute(CREDENTIALS);
        return stamp instanceof String s ? s : null;
    }
}
