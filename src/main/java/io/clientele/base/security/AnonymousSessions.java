package io.clientele.base.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every new session starts with a short idle timeout ({@code clientele.security.anonymous-session-timeout}, 2 min):
 * the login page, a redirect to it and a public invoice page all create one, and a flood of anonymous requests
 * would otherwise keep ~1.6 KB each for the full 30 minutes (1,160 requests/s ≈ 3.3 GB). A login raises it to the
 * full idle timeout ({@link SignInStamp}). The login form itself is a plain POST, so a login page left open longer
 * than this still logs in.
 */
@Component
class AnonymousSessions implements HttpSessionListener {

    private final int seconds;

    AnonymousSessions(@Value("${clientele.security.anonymous-session-timeout:2m}") Duration timeout) {
        this.seconds = (int) timeout.toSeconds();
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
