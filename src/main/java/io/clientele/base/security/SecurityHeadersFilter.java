package io.clientele.base.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The response headers ASVS 3.4 asks for, set before anything else writes the response (Spring Security's header
 * writers did not reach Vaadin's pages: they sent only Vaadin's own {@code X-Frame-Options}). Static resources that
 * may be cached (Vaadin's bundles, images, the style sheet) set their own {@code Cache-Control} over the
 * {@code no-store} given here to everything else: pages, UIDL answers and downloads carry client data.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

    private final String contentSecurityPolicy;
    private final String permissionsPolicy;

    SecurityHeadersFilter(String contentSecurityPolicy, String permissionsPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
        this.permissionsPolicy = permissionsPolicy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Same-origin: a public invoice link's token never leaves in a Referer to another site.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", permissionsPolicy);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!isCacheableStatic(
                request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isCacheableStatic(String path) {
        return path.startsWith("/VAADIN/")
                || path.startsWith("/images/")
                || path.equals("/styles.css")
                || path.startsWith("/icons/")
                || path.equals("/favicon.ico");
    }
}
