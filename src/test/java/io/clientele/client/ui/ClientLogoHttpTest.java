package io.clientele.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientLogos;
import io.clientele.settings.CompanyLogoTest;
import io.clientele.support.HttpBrowser;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The client list's logo URLs through the real filter chain: signed in and in scope, or nothing. */
class ClientLogoHttpTest extends SpringTest {

    @LocalServerPort
    int port;

    @Autowired
    ClientLogos logos;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_logo_is_served_to_staff_who_see_the_client_and_to_nobody_else() throws Exception {
        Client mine = testData.company("Http Logo Mine", "mine@http-logo.example");
        Client other = testData.company("Http Logo Other", "other@http-logo.example");
        byte[] png = CompanyLogoTest.image("png", 200, 100);
        long version = SystemAuthentication.call(() -> {
            logos.save(other.getId(), png);
            return logos.save(mine.getId(), png).version();
        });
        jdbc.update(
                "update clients set owner_id = (select id from user_accounts where username = ?) where id = ?",
                TestData.STAFF,
                mine.getId());
        testData.restrictStaff();
        String mineUrl = ClientLogoServlet.thumbnailUrl(mine.getId(), version);
        String otherUrl = ClientLogoServlet.thumbnailUrl(other.getId(), version);

        HttpBrowser anonymous = new HttpBrowser(port);
        HttpResponse<String> notSignedIn = anonymous.get(mineUrl);
        assertThat(notSignedIn.statusCode()).isEqualTo(302);
        assertThat(notSignedIn.headers().firstValue("Location").orElse("")).endsWith("/login");

        HttpBrowser staff = new HttpBrowser(port);
        staff.login(TestData.STAFF, TestData.PASSWORD);
        HttpResponse<String> served = staff.get(mineUrl);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("Cache-Control").orElse("")).contains("private");
        assertThat(staff.get(otherUrl).statusCode())
                .as("a client staff may not see")
                .isEqualTo(404);
        assertThat(staff.get("/client-logos/not-a-number").statusCode()).isEqualTo(404);

        HttpBrowser portal = new HttpBrowser(port);
        testData.linkClientUser(TestData.CLIENT_USER, other);
        portal.login(TestData.CLIENT_USER, TestData.PASSWORD);
        assertThat(portal.get(otherUrl).statusCode())
                .as("a Client Center login")
                .isEqualTo(404);
    }
}
