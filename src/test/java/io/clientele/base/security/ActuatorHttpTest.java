package io.clientele.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health is public for load balancers; metrics and the other actuator endpoints only for administrators. */
class ActuatorHttpTest extends SpringTest {

    @LocalServerPort
    int port;

    private final HttpClient anonymous = client();

    private static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient http = client();
        get(http, "/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestData.PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }

    @Test
    void health_liveness_and_readiness_answer_without_a_login() throws Exception {
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(anonymous, path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
        }
        // Which checks exist (database, disk) is for administrators only.
        assertThat(get(anonymous, "/actuator/health").body()).doesNotContain("components");
    }

    @Test
    void metrics_are_refused_to_anonymous_callers_and_staff() throws Exception {
        HttpResponse<String> anonymousMetrics = get(anonymous, "/actuator/metrics");
        assertThat(anonymousMetrics.statusCode()).isIn(302, 401);
        assertThat(anonymousMetrics.body()).doesNotContain("jvm.memory.used");
        HttpResponse<String> staffMetrics = get(loggedIn(TestData.STAFF), "/actuator/metrics");
        assertThat(staffMetrics.statusCode()).isEqualTo(403);
        assertThat(get(loggedIn(TestData.MANAGER), "/actuator/metrics").statusCode())
                .isEqualTo(403);
    }

    @Test
    void an_administrator_reads_metrics_and_health_details() throws Exception {
        HttpClient admin = loggedIn(TestData.ADMIN);
        HttpResponse<String> metrics = get(admin, "/actuator/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm.memory.used");
        assertThat(get(admin, "/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);
        assertThat(get(admin, "/actuator/health").body()).contains("\"db\"");
    }
}
