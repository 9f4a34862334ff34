import java.net.*;
import java.net.http.*;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Bounded loopback attacks against a running Clientele: lockout, login flood, anonymous sessions. */
public class Harness {
    static int port;

    static HttpClient client(String local) throws Exception {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(InetAddress.getByName(local)).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static String login(HttpClient c, String user, String password, boolean openPage) throws Exception {
        if (openPage) c.send(get("/login"), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> r = c.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        return r.headers().firstValue("Location").orElse("status " + r.statusCode());
    }

    static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
    }

    static String outcome(String location) {
        return location.contains("error") ? "refused (wrong password answer)" : location.contains("retry") ? "retry " + location.replaceAll(".*retry=", "") + " s" : "logged in";
    }

    public static void main(String[] args) throws Exception {
        port = Integer.parseInt(args[0]);
        String scenario = args[1];
        if (scenario.equals("lockout")) {
            HttpClient attacker = client("127.0.0.2");
            long t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) login(attacker, "admin", "wrong guess " + i, false);
            System.out.printf("attacker 127.0.0.2: 20 wrong passwords for admin in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            for (int i = 0; i < 3; i++) {
                long s = System.nanoTime();
                String loc = login(client("127.0.0.1"), "admin", "admin-clientele", true);
                System.out.printf("real admin from 127.0.0.1, fresh browser, right password: %s in %d ms%n", outcome(loc), (System.nanoTime() - s) / 1_000_000);
            }
        } else if (scenario.equals("flood")) {
            int seconds = Integer.parseInt(args[2]);
            int threads = Integer.parseInt(args[3]);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger attempts = new AtomicInteger(), fast = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                int n = t;
                pool.submit(() -> {
                    try {
                        boolean rotate = args.length > 4 && args[4].equals("rotate");
                        HttpClient c = client("127.0.0." + (50 + n));
                        int i = 0;
                        while (!stop.get()) {
                            long s = System.nanoTime();
                            if (rotate) c = client("127.0." + (n + 1) + "." + (i % 250 + 1));
                            String loc = login(c, "nobody-" + n + "-" + (i++), "wrong guess", false);
                            attempts.incrementAndGet();
                            if (loc.contains("retry") && System.nanoTime() - s < 100_000_000L) fast.incrementAndGet();
                        }
                    } catch (Exception e) { System.out.println("attacker: " + e); }
                    return null;
                });
            }
            Thread.sleep(2000);
            List<Long> times = new ArrayList<>();
            long end = System.currentTimeMillis() + (seconds - 2) * 1000L;
            while (System.currentTimeMillis() < end) {
                long s = System.nanoTime();
                String loc = login(client("127.0.0.1"), "staff", "staff-clientele", true);
                long ms = (System.nanoTime() - s) / 1_000_000;
                times.add(ms);
                System.out.printf("  real staff login: %s in %d ms%n", outcome(loc), ms);
                Thread.sleep(1000);
            }
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            Collections.sort(times);
            System.out.printf("flood: %d attacker threads (one address each), %d attempts in %d s (%.1f/s), %d answered 'retry' in < 100 ms; real logins: %d, median %d ms, max %d ms%n",
                    threads, attempts.get(), seconds, attempts.get() / (double) seconds, fast.get(), times.size(), times.get(times.size() / 2), times.getLast());
        } else if (scenario.equals("sessions")) {
            int n = Integer.parseInt(args[2]);
            HttpClient admin = client("127.0.0.9");
            System.out.println("admin login: " + outcome(login(admin, "admin", "admin-clientele", true)));
            System.out.println("active sessions before: " + active(admin));
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                HttpClient anon = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                anon.send(get(i % 2 == 0 ? "/" : "/login"), HttpResponse.BodyHandlers.discarding());
            }
            System.out.printf("%d anonymous GETs (/ and /login, no cookies) in %.1f s; active sessions now: %s%n", n, (System.nanoTime() - t0) / 1e9, active(admin));
            if (args.length > 3) {
                Thread.sleep(Long.parseLong(args[3]) * 1000);
                System.out.println("active sessions " + args[3] + " s later: " + active(admin));
            }
        }
    }

    static String active(HttpClient admin) throws Exception {
        String body = admin.send(get("/actuator/metrics/tomcat.sessions.active.current"), HttpResponse.BodyHandlers.ofString()).body();
        return body.replaceAll(".*\"value\":([0-9.E]+).*", "$1");
    }
}
