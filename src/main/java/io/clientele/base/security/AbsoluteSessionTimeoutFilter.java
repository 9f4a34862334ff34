package io.clientele.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that is older than the absolute limit ({@code clientele.security.session-absolute}, 12 hours by
 * default), however active it was: the request goes on as anonymous and is sent to the login. The idle limit is the
 * servlet container's ({@code server.servlet.session.timeout}); Vaadin's heartbeats do not count as activity
 * because {@code vaadin.closeIdleSessions} is on.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final Duration limit;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(Duration limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > limit.toMillis()) {
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
