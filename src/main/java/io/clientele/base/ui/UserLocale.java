package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.clientele.base.security.UserDirectory;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The UI speaks the language the user picked (stored on their account), else the browser's. Applied to every new
 * UI, so a choice survives logout and other devices. A language picked on the login page, before anybody is signed
 * in, holds for the rest of that session, also after the login (the session keeps its attributes when Spring
 * Security renews its id); picking one again once signed in stores it on the account instead.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    /** Session attribute: the language picked on the login page. */
    private static final String CHOSEN_BEFORE_LOGIN = UserLocale.class.getName() + ".chosenBeforeLogin";

    private final UserDirectory users;

    UserLocale(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(e -> chosenBeforeLogin(e.getUI().getSession())
                        .or(this::preferred)
                        .ifPresent(locale -> apply(e.getUI(), locale)));
    }

    /** Switches the current UI and session to a language and remembers it for the user. */
    public void choose(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        Authentication user = signedIn();
        if (user != null) {
            users.setPreferredLanguage(user.getName(), locale.getLanguage());
            if (session != null) {
                session.setAttribute(CHOSEN_BEFORE_LOGIN, null);
            }
        } else if (session != null) {
            session.setAttribute(CHOSEN_BEFORE_LOGIN, locale.getLanguage());
        }
        apply(ui, locale);
    }

    /** The signed-in user; null on the login page (nobody, or Spring Security's anonymous user). */
    private static @Nullable Authentication signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName()) ? auth : null;
    }

    private static Optional<Locale> chosenBeforeLogin(@Nullable VaadinSession session) {
        return Optional.ofNullable(session)
                .map(s -> s.getAttribute(CHOSEN_BEFORE_LOGIN))
                .map(String::valueOf)
                .filter(AppLanguages.CODES::contains)
                .map(Locale::forLanguageTag);
    }

    private Optional<Locale> preferred() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return Optional.empty();
        }
        return users.preferredLanguage(auth.getName())
                .filter(AppLanguages.CODES::contains)
                .map(Locale::forLanguageTag);
    }

    private static void apply(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
        }
        ui.setLocale(locale);
    }
}
