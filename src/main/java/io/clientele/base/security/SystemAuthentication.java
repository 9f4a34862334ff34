package io.clientele.base.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up and scheduled work as an administrator called "system", so that services keep their role checks
 * instead of growing unguarded twins for background callers.
 */
public final class SystemAuthentication {

    public static final String USERNAME = "system";

    private SystemAuthentication() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                USERNAME, null, List.of(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
