package io.clientele.portal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import io.clientele.client.Client;
import io.clientele.contact.Contact;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Client Center's home page offers the person's own data (GDPR) as a download. */
class PortalOwnDataTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_login_finds_its_own_data_on_the_home_page() {
        Client acme = testData.company("Acme GmbH", "info@acme.example");
        Contact carl = testData.contact(acme, "Carl", "Client", c -> c.setEmail("carl@acme.example"));
        testData.linkClientUser(TestData.CLIENT_USER, acme);
        jdbc.update("update user_accounts set contact_id = ? where username = ?", carl.getId(), TestData.CLIENT_USER);
        login(TestData.CLIENT_USER);

        UI.getCurrent().navigate("portal");

        Anchor download = _get(Anchor.class, s -> s.withId("portal-personal-data"));
        assertThat(download.getText()).isEqualTo(t("gdpr.portal.download"));
        assertThat(download.getElement().getAttribute("download")).isEqualTo("personal-data.zip");
        assertThat(download.getHref()).isNotBlank();
    }
}
