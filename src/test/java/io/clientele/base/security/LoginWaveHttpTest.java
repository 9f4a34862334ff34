package io.clientele.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.HttpBrowser;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Issue 18, the morning login wave: at most {@link PasswordCheckSlots#permits()} password checks run at once over
 * real HTTP; the next login waits its turn, and one whose wait runs out is sent to the login page's "busy" message
 * without its password being checked. The password checks are held open by a test hook on the encoder (no sleeping),
 * so nothing here depends on how fast the machine is.
 */
class LoginWaveHttpTest extends SpringTest {

    @LocalServerPort
    int port;

    @Autowired
    PasswordCheckSlots slots;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    LoginThrottle throttle;

    private final AtomicInteger checking = new AtomicInteger();
    private final CountDownLatch release = new CountDownLatch(1);
    private ExecutorService browsers;

    @BeforeEach
    void holdEveryPasswordCheck() {
        throttle.forgetAll();
        browsers = Executors.newCachedThreadPool();
        hook().beforeEachCheck(() -> {
            checking.incrementAndGet();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @AfterEach
    void letGo() {
        release.countDown();
        hook().beforeEachCheck(null);
        slots.useQueueWait(null);
        browsers.shutdownNow();
    }

    @Test
    void a_login_beyond_the_limit_waits_its_turn_and_one_whose_wait_runs_out_is_told_that_many_are_signing_in()
            throws Exception {
        int limit = slots.permits();
        List<Future<String>> admitted = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            admitted.add(browsers.submit(() -> new HttpBrowser(port).login(TestData.STAFF, TestData.PASSWORD)));
        }
        await(() -> checking.get() == limit, "all " + limit + " slots checking a password");

        // Every slot is busy: with a short wait, the next login is answered "busy" and its password never checked.
        slots.useQueueWait(Duration.ofMillis(100));
        assertThat(new HttpBrowser(port).login(TestData.STAFF, TestData.PASSWORD))
                .as("a login while every slot is held")
                .endsWith("/login?busy");
        assertThat(checking.get()).as("password checks started").isEqualTo(limit);

        // With a long wait it queues instead: it does not start checking while the slots are held ...
        slots.useQueueWait(Duration.ofSeconds(60));
        Future<String> queued = browsers.submit(() -> new HttpBrowser(port).login(TestData.STAFF, TestData.PASSWORD));
        await(() -> slots.waiting() == 1, "one login waiting for a slot");
        assertThat(checking.get()).as("password checks started while one waits").isEqualTo(limit);

        // ... and signs in once they come free, like everyone before it.
        release.countDown();
        assertThat(queued.get(60, TimeUnit.SECONDS)).as("the queued login").doesNotContain("/login?");
        for (Future<String> login : admitted) {
            assertThat(login.get(60, TimeUnit.SECONDS)).doesNotContain("/login?");
        }
        assertThat(checking.get()).isEqualTo(limit + 1);
    }

    @Test
    void a_busy_answer_is_not_counted_as_a_wrong_password() throws Exception {
        int limit = slots.permits();
        List<Future<String>> admitted = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            admitted.add(browsers.submit(() -> new HttpBrowser(port).login(TestData.STAFF, TestData.PASSWORD)));
        }
        await(() -> checking.get() == limit, "all slots checking a password");
        slots.useQueueWait(Duration.ofMillis(10));
        // More than the throttle's free failures (3): counted as failures, the fourth would be "retry", not "busy".
        HttpBrowser unlucky = new HttpBrowser(port, "127.0.0.7");
        for (int i = 0; i < 5; i++) {
            assertThat(unlucky.login(TestData.STAFF, "not yet checked")).endsWith("/login?busy");
        }
        assertThat(throttle.state(TestData.STAFF)).isEqualTo(LoginThrottle.State.CLEAR);
        release.countDown();
        for (Future<String> login : admitted) {
            assertThat(login.get(60, TimeUnit.SECONDS)).doesNotContain("/login?");
        }
    }

    private SecurityConfig.HookedPasswordEncoder hook() {
        return (SecurityConfig.HookedPasswordEncoder) encoder;
    }

    /** Waits for a state the other threads reach (not a timing assertion: it fails only if they never do). */
    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(end);
            Thread.sleep(10);
        }
    }
}
