package io.clientele.portal;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import io.clientele.client.Client;
import io.clientele.client.PortalSections;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.Test;

/** The Client Center permissions on the client overview. */
class PortalAccessSectionTest extends KaribuTest {

    @Test
    void an_administrator_switches_sections_off_and_saves_them_at_once() {
        Client client = testData.company("Acme", "acme@test.example");
        login(TestData.ADMIN);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, s -> s.withId("tab-portal")));
        userSets(_get(Checkbox.class, s -> s.withId("portal-permission-quotes")), false);
        userSets(_get(Checkbox.class, s -> s.withId("portal-permission-timesheets")), false);
        // Support starts off for a client: the office opens it when somebody is ready to answer.
        Checkbox support = _get(Checkbox.class, s -> s.withId("portal-permission-support"));
        assertThat(support.getValue()).isFalse();
        userSets(support, true);
        ButtonKt._click(_get(Button.class, s -> s.withId("portal-permissions-save")));
        assertThat(notificationTexts()).anyMatch(n -> n.contains(t("portal.section.saved")));
        assertThat(testData.reload(client).portalSections())
                .isEqualTo(new PortalSections(true, false, true, true, false, true));
    }

    @Test
    void staff_see_the_tab_only_for_clients_they_own() {
        Client client = testData.company("Acme", "acme@test.example");
        login(TestData.STAFF);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        assertThat(_find(Tab.class, s -> s.withId("tab-portal"))).isEmpty();
        Client owned = testData.reload(client);
        owned.setOwnerId(testData.accountId(TestData.STAFF));
        testData.save(owned);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        assertThat(_find(Tab.class, s -> s.withId("tab-portal"))).hasSize(1);
    }
}
