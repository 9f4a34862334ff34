package io.clientele.base.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many password checks (bcrypt cost 12, ≈ 0.22 s of one core each) run at once. Without a limit a morning wave
 * of logins thrashes the node: every login in progress at once, each getting a sliver of the CPU, all of them
 * taking a minute (measured). Logins beyond {@code clientele.security.login.max-concurrent} (default: two per core,
 * which got the most of a wave in on a busy machine) wait their turn in arrival order (a fair semaphore) for at most
 * {@code queue-wait} (default 3 s); then the login page says that many people are signing in and to try again in a
 * few seconds, instead of a login that hangs until a timeout. Figures and reasoning: docs/performance.md, "Login
 * wave".
 *
 * <p>Browsers that logged in to the typed username before ({@link DeviceCookie}) have half as many slots again of
 * their own, so a flood of attempts from many addresses does not keep the real users out of their own browsers.
 */
@Component
class PasswordCheckSlots {

    private final int permits;
    private final Semaphore checks;
    private final Semaphore knownDeviceChecks;
    private final Duration configuredWait;
    private volatile Duration queueWait;

    PasswordCheckSlots(
            @Value("${clientele.security.login.max-concurrent:0}") int maxConcurrent,
            @Value("${clientele.security.login.queue-wait:3s}") Duration queueWait) {
        // 0 (the default): two per core. One per core got a third as many logins of a wave in on a shared machine
        // (docs/performance.md): a check holding a slot is often waiting for a core, not using one.
        this.permits =
                maxConcurrent > 0 ? maxConcurrent : 2 * Runtime.getRuntime().availableProcessors();
        this.checks = new Semaphore(permits, true);
        this.knownDeviceChecks = new Semaphore(Math.max(1, permits / 2), true);
        this.configuredWait = queueWait;
        this.queueWait = queueWait;
    }

    /** A held slot; closing it lets the next waiting login in. */
    interface Slot extends AutoCloseable {

        @Override
        void close();
    }

    /**
     * A slot for one password check, waiting for one in arrival order up to the queue wait; empty when none came
     * free in time (the caller answers "busy"). A known browser takes a shared slot if one is free at once, else
     * waits for one of its own.
     */
    Optional<Slot> acquire(boolean knownDevice) {
        if (knownDevice && checks.tryAcquire()) {
            return Optional.of(checks::release);
        }
        Semaphore slots = knownDevice ? knownDeviceChecks : checks;
        try {
            if (slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.of(slots::release);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** The shared slots (what {@code max-concurrent} resolved to). */
    int permits() {
        return permits;
    }

    /** Logins waiting for a shared slot right now. */
    int waiting() {
        return checks.getQueueLength();
    }

    /** Test hook: how long a login waits for a slot; {@code null} restores the configured wait. */
    void useQueueWait(@Nullable Duration wait) {
        this.queueWait = wait == null ? configuredWait : wait;
    }
}
