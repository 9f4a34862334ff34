package io.clientele.base.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import io.clientele.support.KaribuTest;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a login that found no free password-check slot lands on {@code /login?busy} (LoginGuardFilter) and the
 * page says, in the user's language, that many people are signing in and to try again in a few seconds: not
 * "incorrect password", not "too many attempts".
 */
class LoginBusyMessageTest extends KaribuTest {

    /** What the login form shows in its error box (the i18n object the browser receives). */
    private static String shownError() {
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).as("error box open").isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** Where LoginGuardFilter sends a login that found no free slot: {@code /login?busy}. */
    private static void openBusyPage() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("busy", "")));
        _get(LoginView.class);
    }

    @Test
    void the_login_page_says_that_many_people_are_signing_in_instead_of_a_wrong_password() {
        openBusyPage();

        assertThat(shownError())
                .contains("Many people are signing in right now")
                .contains("Please try again in a few seconds.")
                .doesNotContain(t("login.error.title"))
                .doesNotContain(t("login.retry.title"));
    }

    @Test
    void the_busy_message_is_in_the_language_chosen_on_the_login_page() {
        LoginView view = navigate("login", LoginView.class);
        userSets(view.language, Locale.GERMAN);

        openBusyPage();

        assertThat(shownError())
                .contains("Gerade melden sich sehr viele Personen an")
                .contains("Bitte versuchen Sie es in ein paar Sekunden erneut.");
    }
}
