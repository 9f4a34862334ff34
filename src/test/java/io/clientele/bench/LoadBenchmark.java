package io.clientele.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Load test on loopback (Maven profile {@code load}, never part of {@code ./mvnw verify}): N simulated users log in
 * over HTTP and, until the time is up, open the client list (staff) or their invoices in the Client Center (client
 * users); a request counts as an error unless it answers as a logged-in browser expects (200, Vaadin's UIDL). It stops by itself
 * and prints requests per second, latency percentiles and errors; {@code target/load/results.json} keeps them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LoadBenchmark.class);

    private final int users = Integer.getInteger("load.users", 100);
    private final int seconds = Integer.getInteger("load.seconds", 60);

    @LocalServerPort
    int port;

    private final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    @Test
    void users_open_the_client_list_and_the_client_center_without_errors() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                // One in five simulated users is a client in the Client Center, the rest are staff.
                boolean client = u % 5 == 4;
                // Users arrive over a ramp-up (a fifth of the run), not all in one millisecond: 100 bcrypt
                // checks at once would be a login storm on two cores, not users working.
                long delay = TimeUnit.SECONDS.toMillis(seconds) / 5 * u / users;
                pool.submit(() -> {
                    Thread.sleep(delay);
                    simulate(client, end);
                    return null;
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Stats> stats = new ArrayList<>();
        latencies.forEach((name, millis) -> stats.add(Stats.timings(name, new ArrayList<>(millis), 0)));
        stats.sort((a, b) -> a.name().compareTo(b.name()));
        List<Double> all = latencies.values().stream().flatMap(List::stream).toList();
        stats.add(Stats.timings("all requests", new ArrayList<>(all), 0));
        double rps = all.size() / elapsed;
        stats.add(Stats.value("requests per second", "/s", rps, "", true));
        stats.add(Stats.value("errors", "", errors.get(), "0", errors.get() == 0));
        Stats allStats = stats.get(stats.size() - 3);
        System.out.printf(
                "%nLoad test: %d users for %d s, %d requests%n%s%n  p99 of all requests: %s ms%n%n",
                users, seconds, all.size(), Stats.table(stats), Stats.fmt(allStats.percentile(99)));
        Path out = Path.of("target", "load", "results.json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                "{\"users\":" + users + ",\"seconds\":" + seconds + ",\"requests\":" + all.size()
                        + ",\"requestsPerSecond\":" + rps + ",\"errors\":" + errors.get() + ",\"p99\":"
                        + allStats.percentile(99) + ",\"results\":[\n"
                        + stats.stream().map(Stats::json).collect(Collectors.joining(",\n")) + "\n]}\n");
        assertThat(errorSamples).as("errors").isEmpty();
        assertThat(all).isNotEmpty();
    }

    private void simulate(boolean clientUser, long end) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String username = clientUser ? "client" : "staff";
        String password = clientUser ? "client-clientele" : "staff-clientele";
        try {
            // The login page is Vaadin's bootstrap page; the form itself arrives with the init request.
            request(http, "login page", get("login"), null, 200);
            // Told that many people are signing in (issue 18's slots) or to retry, a person waits and posts again.
            for (int attempt = 0; !login(http, username, password); attempt++) {
                if (attempt == 5) {
                    error(username + ": still busy after 5 retries");
                    return;
                }
                Thread.sleep(3000);
            }
            while (System.nanoTime() < end) {
                if (clientUser) {
                    view(http, "client center: invoices", "portal/invoices");
                } else {
                    view(http, "client list", "clients");
                }
            }
        } catch (Exception e) {
            error(username + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** Posts the login form; false when the answer says to come back (busy or throttled). */
    private boolean login(HttpClient http, String username, String password) throws Exception {
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + username + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)));
        long t0 = System.nanoTime();
        HttpResponse<String> response =
                http.send(post.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        latencies
                .computeIfAbsent("login", k -> Collections.synchronizedList(new ArrayList<>()))
                .add((System.nanoTime() - t0) / 1e6);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 302 && (location.contains("?busy") || location.contains("?retry="))) {
            return false;
        }
        if (response.statusCode() != 302 || location.contains("/login")) {
            error("login: HTTP " + response.statusCode() + " " + location);
        }
        return true;
    }

    /**
     * A view as the browser starts it: the page, then Vaadin's init request, which creates the UI in the session and
     * answers with its first UIDL (an expired or anonymous session would get the login redirect instead). The
     * view's components and grid rows follow in the browser's next round trip, which this test does not simulate.
     */
    private void view(HttpClient http, String name, String path) throws Exception {
        request(http, name + " (page)", get(path), null, 200);
        request(http, name + " (init)", get("?v-r=init&location=" + path + "&query="), "\"uidl\"", 200);
    }

    private void request(HttpClient http, String name, HttpRequest.Builder request, String marker, int status)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        latencies
                .computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(ms);
        boolean ok = response.statusCode() == status
                && (marker == null || response.body().contains(marker));
        if (status == 302
                && response.headers().firstValue("Location").orElse("").contains("error")) {
            ok = false;
        }
        if (!ok) {
            error(name + ": HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }

    private void error(String message) {
        errors.incrementAndGet();
        if (errorSamples.size() < 10) {
            errorSamples.add(message);
            log.warn("Load test error: {}", message);
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
