package io.clientele.base.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.clientele.base.ui.AppLanguages;
import io.clientele.base.ui.UserLocale;
import java.util.List;
import java.util.Locale;

/** The one login page for staff, managers, admins and (later) client accounts. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    final Select<Locale> language = new Select<>();

    public LoginView(PasswordResetRequests resets, UserLocale userLocale) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setId("login-form");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> new ForgotPasswordDialog(resets).open());
        login.setI18n(i18n());

        H1 brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");
        add(brand, tagline, login, languageSwitch(userLocale));
    }

    /**
     * The four UI languages, each named in itself. A choice reloads the page in that language ({@code <html lang>}
     * follows on the reload's navigation) and holds for the session, also after the login.
     */
    private Select<Locale> languageSwitch(UserLocale userLocale) {
        language.setId("login-language");
        language.setAriaLabel(getTranslation("login.language"));
        language.setItems(AppLanguages.LOCALES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        String current = getLocale().getLanguage();
        AppLanguages.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(current))
                .findFirst()
                .ifPresent(language::setValue);
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> {
                    userLocale.choose(ui, e.getValue());
                    ui.getPage().reload();
                });
            }
        });
        return language;
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot.button"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        // One message for unknown user and wrong password: the page never tells which accounts exist.
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> retry = parameters.getOrDefault("retry", List.of());
        if (!retry.isEmpty()) {
            // Throttled (LoginGuardFilter): said the same way for every username, so it tells nothing about accounts.
            long seconds = parseSeconds(retry.getFirst());
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.retry.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.retry.message", seconds));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        if (parameters.containsKey("busy")) {
            // No password-check slot came free in time (PasswordCheckSlots): not the user's fault, and not checked.
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.busy.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.busy.message"));
            login.setI18n(i18n);
            login.setError(true);
            return;
        }
        // The same view may have shown "busy" or "retry" before: back to the wrong-password texts.
        login.setI18n(i18n());
        login.setError(parameters.containsKey("error"));
    }

    private static long parseSeconds(String value) {
        try {
            return Math.max(1, Math.min(Long.parseLong(value), 24 * 3600));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page.title");
    }
}
