package io.clientele.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the password check ({@code POST /login}) and refuses, before any bcrypt work:
 *
 * <ul>
 *   <li>a login posted from another site (login CSRF, ASVS 3.5.1): the browser's {@code Sec-Fetch-Site} says
 *       {@code cross-site} or {@code same-site}, or its {@code Origin} names another host. Requests with neither
 *       header (scripts, old browsers) are not browsers that another site could drive, so they pass;
 *   <li>an attempt {@link LoginThrottle} says must wait: answered at once with {@code /login?retry=N} (seconds);
 *   <li>more password checks at once than {@link PasswordCheckSlots} allows: a login that finds no free slot within
 *       the queue wait is answered {@code /login?busy} ("many people are signing in right now, try again in a few
 *       seconds"), not with a login that hangs, and not with the throttle's "too many attempts".
 * </ul>
 *
 * It then counts the outcome for the throttle: a login whose authentication is in the context succeeded, anything
 * else failed.
 */
class LoginGuardFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    /** Where a login that found no free password-check slot in time is sent. */
    static final String BUSY = LOGIN + "?busy";

    private final LoginThrottle throttle;
    private final DeviceCookie devices;
    private final PasswordCheckSlots slots;

    LoginGuardFilter(LoginThrottle throttle, DeviceCookie devices, PasswordCheckSlots slots) {
        this.throttle = throttle;
        this.devices = devices;
        this.slots = slots;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !LOGIN.equals(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            // Not sendError: the error page would be dispatched through the chain and end as a redirect to /login.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Log in from this site's own login page.");
            return;
        }
        String username = Optional.ofNullable(request.getParameter("username")).orElse("");
        String address = request.getRemoteAddr();
        boolean knownDevice = devices.isKnown(request, username);
        Optional<Duration> wait = throttle.waitBefore(username, address, knownDevice);
        if (wait.isPresent()) {
            retryLater(request, response, wait.get());
            return;
        }
        Optional<PasswordCheckSlots.Slot> slot = slots.acquire(knownDevice);
        if (slot.isEmpty()) {
            // Not counted for the throttle: no password was checked, and the user did nothing wrong.
            response.sendRedirect(request.getContextPath() + BUSY);
            return;
        }
        try (PasswordCheckSlots.Slot held = slot.get()) {
            chain.doFilter(request, response);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)
                && auth.getName().equalsIgnoreCase(username.strip())) {
            throttle.succeeded(username, address);
        } else {
            throttle.failed(username, address, knownDevice);
        }
    }

    private static void retryLater(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.sendRedirect(request.getContextPath() + LOGIN + "?retry=" + seconds);
    }

    /** True unless the browser says the form came from another site. */
    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            String host = URI.create(origin.strip()).getHost();
            // Host only: behind a TLS proxy the scheme and port the app sees differ from the browser's.
            return host != null && host.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
