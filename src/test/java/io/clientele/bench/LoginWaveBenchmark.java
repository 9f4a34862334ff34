package io.clientele.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The morning login wave (issue 18; Maven profile {@code load} with {@code -Dload.test=LoginWaveBenchmark}, never
 * part of {@code ./mvnw verify}): {@code wave.logins} (100) browsers open the login page and post the login form over
 * HTTP, spread evenly over {@code wave.seconds} (10). A browser told that many people are signing in (or to retry)
 * tries again after {@code wave.retry-after} (3 s), at most {@code wave.retries} (5) times, as a person would.
 *
 * <p>Prints per-attempt latency and time until signed in (p50, p95, max), the answers by kind, the process CPU the
 * wave cost (cores busy on average, CPU per successful login), the CPU of one password check measured on its own
 * thread, and the load average before and after: the machine is shared, so the figures need it.
 * {@code target/load/login-wave.json} keeps them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginWaveBenchmark {

    private final int logins = Integer.getInteger("wave.logins", 100);
    private final int seconds = Integer.getInteger("wave.seconds", 10);
    private final int retries = Integer.getInteger("wave.retries", 5);
    private final long retryAfterMillis =
            Duration.parse("PT" + System.getProperty("wave.retry-after", "3s")).toMillis();

    @LocalServerPort
    int port;

    @Autowired
    PasswordEncoder passwords;

    @Value("${clientele.security.login.max-concurrent:}")
    String maxConcurrent;

    @Value("${clientele.security.login.queue-wait:}")
    String queueWait;

    private final List<Double> attempts = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> signedIn = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ok = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @Test
    void a_wave_of_logins_signs_everyone_in_without_errors() throws Exception {
        double hashCpu = cpuPerPasswordCheck();
        // Warm-up outside the figures: the first login loads classes and the JIT has not compiled anything yet.
        loginOnce(newBrowser(), false);
        attempts.clear();
        ok.set(0);
        busy.set(0);

        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < logins; i++) {
                long delay = TimeUnit.SECONDS.toMillis(seconds) * i / logins;
                pool.submit(() -> {
                    Thread.sleep(delay);
                    person();
                    return null;
                });
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double loadAfter = os.getSystemLoadAverage();

        List<Stats> stats = new ArrayList<>();
        stats.add(Stats.timings("login attempt (POST /login)", new ArrayList<>(attempts), 0));
        stats.add(Stats.timings("time until signed in (with retries)", new ArrayList<>(signedIn), 0));
        stats.add(Stats.value("signed in", "", ok.get(), "", true));
        stats.add(Stats.value("answered busy / retry", "", busy.get(), "", true));
        stats.add(Stats.value("gave up after " + retries + " retries", "", gaveUp.get(), "0", gaveUp.get() == 0));
        stats.add(Stats.value("errors", "", failed.get(), "0", failed.get() == 0));
        stats.add(Stats.value("wave wall time", "s", wall, "", true));
        stats.add(Stats.value("process CPU, cores busy on average", "", cpu / wall, "", true));
        stats.add(Stats.value("process CPU per signed-in user", "ms", cpu * 1000 / Math.max(1, ok.get()), "", true));
        stats.add(Stats.value("CPU of one password check", "ms", hashCpu, "", true));
        String setting = "max-concurrent=" + (maxConcurrent.isEmpty() ? "default" : maxConcurrent) + ", queue-wait="
                + (queueWait.isEmpty() ? "default" : queueWait);
        System.out.printf(
                Locale.ROOT,
                "%nLogin wave: %d logins over %d s, %d cores, %s; load average %.2f before, %.2f after%n%s%n"
                        + "  max attempt %s ms, max until signed in %s ms%n%n",
                logins,
                seconds,
                Runtime.getRuntime().availableProcessors(),
                setting,
                loadBefore,
                loadAfter,
                Stats.table(stats),
                Stats.fmt(max(attempts)),
                Stats.fmt(max(signedIn)));
        Path out = Path.of("target", "load", "login-wave.json");
        Files.createDirectories(out.getParent());
        Files.writeString(
                out,
                String.format(
                                Locale.ROOT,
                                "{\"logins\":%d,\"seconds\":%d,\"setting\":\"%s\",\"loadBefore\":%.2f,\"loadAfter\":%.2f,"
                                        + "\"results\":[%n",
                                logins,
                                seconds,
                                setting,
                                loadBefore,
                                loadAfter)
                        + stats.stream().map(Stats::json).collect(Collectors.joining(",\n")) + "\n]}\n");
        assertThat(failures).as("errors").isEmpty();
    }

    /** One person: login page, form; told to wait, they wait and post again. */
    private void person() {
        HttpClient browser = newBrowser();
        long t0 = System.nanoTime();
        try {
            for (int attempt = 0; attempt <= retries; attempt++) {
                if (attempt > 0) {
                    Thread.sleep(retryAfterMillis);
                }
                if (loginOnce(browser, true)) {
                    signedIn.add((System.nanoTime() - t0) / 1e6);
                    return;
                }
            }
            gaveUp.incrementAndGet();
        } catch (Exception e) {
            fail(e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** True when signed in, false when told to come back; anything else counts as an error. */
    private boolean loginOnce(HttpClient browser, boolean count) throws Exception {
        browser.send(HttpRequest.newBuilder(uri("login")).GET().build(), HttpResponse.BodyHandlers.discarding());
        long t0 = System.nanoTime();
        HttpResponse<Void> response = browser.send(
                HttpRequest.newBuilder(uri("login"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=staff&password="
                                + URLEncoder.encode("staff-clientele", StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (count) {
            attempts.add((System.nanoTime() - t0) / 1e6);
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() == 302 && !location.contains("/login")) {
            ok.incrementAndGet();
            return true;
        }
        if (response.statusCode() == 302 && (location.contains("busy") || location.contains("retry="))) {
            busy.incrementAndGet();
            return false;
        }
        throw new IllegalStateException("HTTP " + response.statusCode() + " " + location);
    }

    /** The CPU time of one password check of the stored kind, on this thread alone (median of 9). */
    private double cpuPerPasswordCheck() {
        var threads = ManagementFactory.getThreadMXBean();
        String hash = passwords.encode("staff-clientele");
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            passwords.matches("staff-clientele", hash);
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        Collections.sort(cpu);
        return cpu.get(cpu.size() / 2);
    }

    private void fail(String message) {
        failed.incrementAndGet();
        if (failures.size() < 10) {
            failures.add(message);
        }
    }

    private static double max(List<Double> values) {
        synchronized (values) {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + "/" + path);
    }
}
