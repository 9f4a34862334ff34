package io.clientele.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 *   <li>more password checks at once than {@code clientele.security.login.max-concurrent}: bcrypt costs ~0.3 s of a
 *       core, so a flood would otherwise queue the real users' logins behind it (seen: 6.4–7.1 s instead of 0.3 s).
 *       An attempt that finds no free slot within {@code queue-wait} is answered {@code retry=1}. Browsers that
 *       logged in to the typed username before ({@link DeviceCookie}) have slots of their own besides, so a flood
 *       from many addresses does not keep the real users out of their own browsers.
 * </ul>
 *
 * It then counts the outcome for the throttle: a login whose authentication is in the context succeeded, anything
 * else failed.
 */
class LoginGuardFilter extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    private final LoginThrottle throttle;
    private final DeviceCookie devices;
    private final Semaphore checks;
    /**
     * Slots only browsers that logged in to the typed username before may use ({@link DeviceCookie}): a flood from
     * many addresses fills {@link #checks}, but the real users of their own browsers still get through.
     */
    private final Semaphore knownDeviceChecks;

    private final Duration queueWait;

    LoginGuardFilter(LoginThrottle throttle, DeviceCookie devices, int maxConcurrent, Duration queueWait) {
        this.throttle = throttle;
        this.devices = devices;
        this.checks = new Semaphore(Math.max(1, maxConcurrent), true);
        this.knownDeviceChecks = new Semaphore(Math.max(1, maxConcurrent / 2), true);
        this.queueWait = queueWait;
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
        // A known browser takes a shared slot if one is free at once, else waits for one of its reserved slots;
        // null: it already holds a shared one.
        @Nullable Semaphore slots = checks;
        if (knownDevice) {
            slots = checks.tryAcquire() ? null : knownDeviceChecks;
        }
        if (slots != null && !acquire(slots)) {
            retryLater(request, response, Duration.ofSeconds(1));
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            (slots == null ? checks : slots).release();
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

    private boolean acquire(Semaphore slots) {
        try {
            return slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
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
