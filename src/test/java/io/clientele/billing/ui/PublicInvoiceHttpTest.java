package io.clientele.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceStatus;
import io.clientele.client.Client;
import io.clientele.support.SpringTest;
import io.clientele.support.TestDocuments;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public invoice page through the real Spring Security filter chain (Karibu runs none): an anonymous browser
 * gets the page, not the login, and the view it then loads shows the invoice or "not found".
 */
class PublicInvoiceHttpTest extends SpringTest {

    @LocalServerPort
    int port;

    @Autowired
    TestDocuments documents;

    private HttpClient http;
    private Client client;

    @BeforeEach
    void setUp() {
        http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        client = testData.company("Http Client Ltd", "http@client.example");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * What Flow's client does after loading the page: fetch the UI (v-r=init), then tell the server which route the
     * browser shows (a "ui-navigate" event); the answer carries the view's texts. Returns that answer.
     */
    private HttpResponse<String> openInBrowser(String path) throws Exception {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(page.headers().firstValue("Location")).as(path).isEmpty();
        String route = path.substring(1);
        HttpResponse<String> init = get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8));
        assertThat(init.statusCode()).as(path).isEqualTo(200);
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).as("CSRF key in " + init.body()).isTrue();
        Matcher uiId = Pattern.compile("\"v-uiId\":(\\d+)").matcher(init.body());
        assertThat(uiId.find()).as("UI id in " + init.body()).isTrue();
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":\
                {"route":"%s","query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],\
                "syncId":0,"clientId":0}""".formatted(key.group(1), route);
        URI uidl = URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + uiId.group(1));
        return http.send(
                HttpRequest.newBuilder(uidl)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_anonymous_visitor_gets_the_public_page_not_the_login() throws Exception {
        Invoice invoice = documents.sentInvoice(client, "Work|1|100|0");
        String path = "/public/invoice/" + documents.publicToken(invoice);

        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> ui = openInBrowser(path);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body())
                .contains(invoice.getNumber())
                .contains("Http Client Ltd")
                .doesNotContain("Not found")
                .doesNotContain("login-form");
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.VIEWED);
    }

    @Test
    void a_wrong_token_gets_the_not_found_page_without_a_stack_trace() throws Exception {
        Invoice invoice = documents.sentInvoice(client, "Work|1|100|0");
        String token = documents.publicToken(invoice);

        for (String path : new String[] {
            "/public/invoice/" + token + "x", "/public/invoice/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
        }) {
            HttpResponse<String> ui = openInBrowser(path);
            assertThat(ui.statusCode()).as(path).isEqualTo(200);
            assertThat(ui.body())
                    .as(path)
                    .contains("Not found")
                    .doesNotContain(invoice.getNumber())
                    .doesNotContain("Exception")
                    .doesNotContain("login-form");
        }
        assertThat(documents.reload(invoice).getStatus()).isEqualTo(InvoiceStatus.SENT);
    }
}
