package io.clientele.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinService;
import io.clientele.portal.ui.PortalLayout;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Page not available" in the user's own shell, translated, with a link home. */
class NotAvailablePageTest extends KaribuTest {

    /**
     * The page as the router builds it for "not found" and "access denied". (Karibu keeps its own throwing error
     * routes in charge, so the page is built here as the router would; the browser test opens it for real.)
     */
    private static NotAvailablePage open(Class<? extends NotAvailablePage> type) {
        NotAvailablePage page = VaadinService.getCurrent().getInstantiator().getOrCreate(type);
        page.show();
        UI.getCurrent().removeAll();
        UI.getCurrent().add(page);
        return page;
    }

    @Test
    void a_page_staff_may_not_open_reads_as_not_available_inside_their_shell() {
        login(TestData.STAFF);
        NotAvailablePage page = open(NotAvailableView.class);
        _get(page, MainLayout.class);
        assertThat(_get(page, H2.class, s -> s.withId("not-available-title")).getText())
                .isEqualTo(t("error.title"));
    }

    @Test
    void a_back_office_page_for_a_client_user_shows_the_client_center_shell() {
        testData.linkClientUser(TestData.CLIENT_USER, testData.company("Own SARL", "own@test.example"));
        login(TestData.CLIENT_USER);
        NotAvailablePage page = open(NotAvailableView.class);
        _get(page, PortalLayout.class);
        _assertNone(MainLayout.class);
    }

    @Test
    void an_unknown_address_shows_a_translated_page_inside_the_back_office_with_a_link_home() {
        login(TestData.STAFF);
        NotAvailablePage page = open(NotAvailableView.class);
        assertThat(_get(page, H2.class, s -> s.withId("not-available-title")).getText())
                .isEqualTo(t("error.title"));
        _get(page, MainLayout.class);
        assertThat(_get(page, Anchor.class, s -> s.withId("not-available-home")).getHref())
                .isEqualTo(".");
    }

    @Test
    void a_client_user_gets_it_inside_the_client_center_with_the_client_center_as_home() {
        testData.linkClientUser(TestData.CLIENT_USER, testData.company("Own SARL", "own@test.example"));
        login(TestData.CLIENT_USER);
        NotAvailablePage page = open(NotAvailableView.class);
        _get(page, PortalLayout.class);
        _assertNone(MainLayout.class);
        assertThat(_get(page, Anchor.class, s -> s.withId("not-available-home")).getHref())
                .isEqualTo("portal");
    }

    @Test
    void the_page_speaks_the_users_language() {
        login(TestData.STAFF);
        UI.getCurrent().setLocale(Locale.GERMAN);
        open(NotAvailableView.class);
        assertThat(_get(H2.class, s -> s.withId("not-available-title")).getText())
                .isEqualTo("Seite nicht verfügbar");
    }
}
