package io.clientele.base.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The logged-in user as views see it; a thin wrapper so views never reach for static security helpers. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<String> username() {
        return authenticationContext.getAuthenticatedUser(UserDetails.class).map(UserDetails::getUsername);
    }

    public Optional<String> displayName() {
        return authenticationContext
                .getAuthenticatedUser(UserDetails.class)
                .map(u -> u instanceof DisplayNamed named ? named.getDisplayName() : u.getUsername());
    }

    public boolean hasRole(String role) {
        return authenticationContext.hasRole(role);
    }

    public void logout() {
        authenticationContext.logout();
    }

    /** Implemented by the account feature's principal so the shell can greet users by name. */
    public interface DisplayNamed {
        String getDisplayName();
    }
}
