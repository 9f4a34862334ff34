package io.clientele.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinSession;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The login page's language switch: the page speaks the choice at once, and the session keeps it after login. */
class LoginLanguageTest extends KaribuTest {

    private static String tagline() {
        return _get(Paragraph.class, s -> s.withClasses("login-tagline")).getText();
    }

    @Test
    void choosing_a_language_on_the_login_page_applies_at_once_and_carries_into_the_session() {
        LoginView view = navigate("login", LoginView.class);
        assertThat(view.language.getValue()).isEqualTo(Locale.ENGLISH);
        assertThat(tagline()).isEqualTo("Clients, documents and the Client Center in one place");

        userSets(view.language, Locale.GERMAN);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("de");
        LoginView reloaded = navigate("login", LoginView.class);
        assertThat(tagline()).isEqualTo("Kunden, Dokumente und das Kundencenter an einem Ort");
        assertThat(reloaded.language.getValue()).isEqualTo(Locale.GERMAN);

        // The staff member never chose a language: after the login the session's choice still holds.
        login(TestData.STAFF);
        UI.getCurrent().getPage().reload();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("de");
    }

    @Test
    void a_client_login_that_picked_french_on_the_login_page_keeps_it_over_its_client_language() {
        navigate("login", LoginView.class);
        userSets(_get(LoginView.class).language, Locale.FRENCH);

        login(TestData.CLIENT_USER);
        UI.getCurrent().getPage().reload();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("fr");
    }
}
