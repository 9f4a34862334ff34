package io.clientele.base.security;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The navigation side of {@link DisabledAccountFilter}: before any view is built, a disabled account is logged out and
 * sent to the login page, so no view of it ever queries a service.
 */
@Component
class DisabledAccountGuard implements VaadinServiceInitListener {

    private final UserDirectory users;

    DisabledAccountGuard(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken
                || SystemAuthentication.USERNAME.equals(auth.getName())
                || users.isActive(auth.getName())) {
            return;
        }
        SecurityContextHolder.clearContext();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        }
        event.rerouteTo(LoginView.class);
    }
}
