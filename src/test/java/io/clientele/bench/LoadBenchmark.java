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
 *
 * <p>Issue 18's scale-out run ({@code docs/scale-out/run.sh}) points it at a balancer with {@code -Dload.url} (the
 * embedded server then only idles) and {@code -Dload.relogin=true}: a user whose session is gone (its node died, the
 * balancer sent it to the other) logs in again and carries on; such re-logins are counted apart from errors, and
 * errors are counted per node (the balancer's {@code SRV} cookie) and whether they came before or after the first
 * re-login, so the surviving node's users' errors show on their own. {@code target/load/started} marks the start.
 * While the run lasts, the script may write a phase's name to {@code target/load/phase} (a drain, a crash): errors
 * and re-logins are then counted by that phase instead, the re-logins by the node the user left and the one it
 * logged in again on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LoadBenchmark.class);

    private final int users = Integer.getInteger("load.users", 100);
    private final int seconds = Integer.getInteger("load.seconds", 60);
    private final String url = System.getProperty("load.url", "");
    private final boolean relogin = Boolean.getBoolean("load.relogin");
    private final AtomicInteger relogins = new AtomicInteger();
    private final Map<String, AtomicInteger> errorsByNode = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> firstNode = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> reloginsByPhase = new ConcurrentHashMap<>();
    private static final Path PHASE = Path.of("target", "load", "phase");
    private final AtomicInteger busyLogins = new AtomicInteger();
    private volatile long firstRelogin;

    @LocalServerPort
    int port;

    private final Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    @Test
    void users_open_the_client_list_and_the_client_center_without_errors() throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        Files.createDirectories(Path.of("target", "load"));
        Files.deleteIfExists(PHASE);
        Files.writeString(Path.of("target", "load", "started"), Long.toString(System.currentTimeMillis()));
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
        if (relogin) {
            stats.add(Stats.value("re-logins (session lost)", "", relogins.get(), "", true));
            stats.add(Stats.value("logins told to retry (busy)", "", busyLogins.get(), "", true));
        }
        Stats allStats = stats.stream()
                .filter(st -> st.name().equals("all requests"))
                .findFirst()
                .orElseThrow();
        System.out.printf(
                "%nLoad test: %d users for %d s, %d requests%n%s%n  p99 of all requests: %s ms%n%n",
                users, seconds, all.size(), Stats.table(stats), Stats.fmt(allStats.percentile(99)));
        Path out = Path.of("target", "load", "results.json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                "{\"users\":" + users + ",\"seconds\":" + seconds + ",\"requests\":" + all.size()
                        + ",\"requestsPerSecond\":" + rps + ",\"errors\":" + errors.get() + ",\"p99\":"
                        + allStats.percentile(99) + ",\"relogins\":" + relogins.get() + ",\"errorsByNode\":\""
                        + errorsByNode + "\",\"reloginsByPhase\":\"" + reloginsByPhase + "\",\"results\":[\n"
                        + stats.stream().map(Stats::json).collect(Collectors.joining(",\n")) + "\n]}\n");
        if (relogin) {
            // A failover run: the dead node's in-flight requests fail; the report says how many, and where.
            log.info(
                    "Errors by node and phase: {}; re-logins: {} ({}); logins told to retry: {}; users per node at"
                            + " first login: {}",
                    errorsByNode,
                    relogins.get(),
                    reloginsByPhase,
                    busyLogins.get(),
                    firstNode);
        } else {
            assertThat(errorSamples).as("errors").isEmpty();
        }
        assertThat(all).isNotEmpty();
    }

    private void simulate(boolean clientUser, long end) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String username = clientUser ? "client" : "staff";
        String password = clientUser ? "client-clientele" : "staff-clientele";
        String node = "?";
        String lost = null;
        boolean loggedIn = false;
        while (System.nanoTime() < end) {
            try {
                if (!loggedIn) {
                    login(http, username, password);
                    if ("?".equals(node)) {
                        firstNode
                                .computeIfAbsent(node(cookies), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    node = node(cookies);
                    loggedIn = true;
                    if (lost != null) {
                        // "drain node2: node2->node1": the phase the session was lost in, where it was, where now.
                        reloginsByPhase
                                .computeIfAbsent(lost + "->" + node, k -> new AtomicInteger())
                                .incrementAndGet();
                        lost = null;
                    }
                }
                if (clientUser) {
                    view(http, "client center: invoices", "portal/invoices");
                } else {
                    view(http, "client list", "clients");
                }
            } catch (SessionLost e) {
                relogins.incrementAndGet();
                lost = phase() + ": " + node;
                if (firstRelogin == 0) {
                    firstRelogin = System.nanoTime();
                }
                loggedIn = false;
            } catch (Exception e) {
                errorOn(node, username + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
                if (!relogin) {
                    return;
                }
                // A failover run: the request died with its node; carry on as a user who reloads the page.
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
    }

    private void login(HttpClient http, String username, String password) throws Exception {
        for (int attempt = 0; ; attempt++) {
            // The login page is Vaadin's bootstrap page; the form itself arrives with the init request.
            request(http, "login page", get("login"), null, 200);
            HttpResponse<String> response = request(
                    http,
                    "login",
                    HttpRequest.newBuilder(uri("login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                                    + URLEncoder.encode(password, StandardCharsets.UTF_8))),
                    null,
                    302);
            String location = response.headers().firstValue("Location").orElse("");
            if (!location.contains("?busy") && !location.contains("retry=")) {
                return;
            }
            // Told that many people are signing in (PasswordCheckSlots) or to retry: a person waits and posts again.
            busyLogins.incrementAndGet();
            if (attempt == 5) {
                error(username + ": still busy after 5 retries");
                return;
            }
            Thread.sleep(3_000);
        }
    }

    /** The node the balancer pinned this user to (its affinity cookie), or "-" without a balancer. */
    private static String node(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SRV"))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse("-");
    }

    /** The phase the script has written to {@code target/load/phase}, else before or after the first re-login. */
    private String phase() {
        try {
            if (Files.exists(PHASE)) {
                return Files.readString(PHASE).strip();
            }
        } catch (java.io.IOException e) {
            // Being rewritten this instant: the phase by the re-logins will do.
        }
        return firstRelogin == 0 ? "before failover" : "after failover";
    }

    private void errorOn(String node, String message) {
        String phase = phase();
        errorsByNode
                .computeIfAbsent(node + " " + phase, k -> new AtomicInteger())
                .incrementAndGet();
        error("[" + node + "] " + message);
    }

    /** The session is unknown where the request went: the login page instead of the view. */
    private static final class SessionLost extends Exception {
        SessionLost() {
            super(null, null, false, false);
        }
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

    private HttpResponse<String> request(
            HttpClient http, String name, HttpRequest.Builder request, String marker, int status) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response =
                http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        latencies
                .computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()))
                .add(ms);
        if (relogin
                && status == 200
                && response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("login")) {
            throw new SessionLost();
        }
        boolean ok = response.statusCode() == status
                && (marker == null || response.body().contains(marker));
        if (status == 302
                && response.headers().firstValue("Location").orElse("").contains("error")) {
            ok = false;
        }
        if (!ok) {
            String message = name + ": HTTP " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(200, response.body().length()));
            if (relogin) {
                // Counted by the caller, with the user's node.
                throw new IllegalStateException(message);
            }
            error(message);
        }
        return response;
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
        return URI.create((url.isBlank() ? "http://localhost:" + port + "/" : url) + path);
    }
}
