package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.menubar.MenuBar;
import io.clientele.client.Client;
import io.clientele.settings.CompanyLogoTest;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The client logo from the overview's Options menu: upload, refusal with the reason, removal. */
class ClientLogoDialogTest extends KaribuTest {

    @Test
    void a_logo_uploaded_from_the_overview_shows_in_its_header_and_a_bad_file_is_refused_with_the_reason()
            throws IOException {
        Client client = testData.company("Logo Overview GmbH", "overview@logo.example");
        login(TestData.STAFF);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        assertThat(_find(_get(ClientOverviewView.class), Image.class)).isEmpty();

        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("overview-options")), "option-logo");
        ClientLogoDialog dialog = _get(ClientLogoDialog.class);
        assertThat(dialog.remove.isVisible()).isFalse();

        dialog.uploaded("not an image".getBytes());
        assertThat(notificationTexts()).contains(t("logo.type"));
        assertThat(_find(dialog.preview, Image.class)).isEmpty();

        dialog.uploaded(CompanyLogoTest.image("png", 240, 60));
        assertThat(notificationTexts()).contains(t("client.logo.saved"));
        assertThat(_find(dialog.preview, Image.class)).hasSize(1);
        assertThat(_find(_get(ClientOverviewView.class), Image.class))
                .singleElement()
                .satisfies(image -> assertThat(image.getAlt()).hasValue(t("client.logo.alt-of", client.getName())));

        _click(dialog.remove);
        assertThat(_find(_get(ClientOverviewView.class), Image.class)).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("client-logo-close")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void a_manager_is_not_offered_the_logo_action() {
        Client client = testData.company("Logo Manager GmbH", "manager@logo.example");
        login(TestData.MANAGER);
        navigate("clients/" + client.getId(), ClientOverviewView.class);

        assertThat(_find(MenuBar.class, spec -> spec.withId("overview-options")))
                .allSatisfy(menu ->
                        assertThat(menu.getElement().getTextRecursively()).doesNotContain(t("client.logo.action")));
    }
}
