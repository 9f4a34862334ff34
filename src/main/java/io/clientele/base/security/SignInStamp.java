package io.clientele.base.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;

/**
 * Runs at each successful login, after the session id has changed: notes in the session which password its user proved
 * (a password changed later ends the session, see {@link DisabledAccountFilter}), gives the
 * session the full idle timeout (anonymous sessions get a short one, {@link AnonymousSessions}), and marks the browser
 * with a {@link DeviceCookie}.
 */
class SignInStamp implements SessionAuthenticationStrategy {

    private final DeviceCookie devices;
    private final Duration idle;

    SignInStamp(DeviceCookie devices, Duration idle) {
        this.devices = devices;
        this.idle = idle;
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession();
        if (authentication.getPrincipal() instanceof SessionStamps.Stamped stamped) {
            session.setAttribute(SessionStamps.CREDENTIALS, stamped.credentialsStamp());
        }
        session.setMaxInactiveInterval((int) idle.toSeconds());
        devices.issue(request, response, authentication.getName());
    }
}
