package io.clientele.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import io.clientele.base.security.UserDirectory;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The UI speaks the language the user picked (stored on their account), else the browser's. Applied to every new
 * UI, so a choice survives logout and other devices.
 */
@Component
public class UserLocale implements VaadinServiceInitListener {

    private final UserDirectory users;

    UserLocale(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> preferred().ifPresent(locale -> apply(e.getUI(), locale)));
    }

    /** Switches the current UI and session to a language and remembers it for the user. */
    public void choose(UI ui, Locale locale) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated()) {
            users.setPreferredLanguage(auth.getName(), locale.getLanguage());
        }
        apply(ui, locale);
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
