package io.clientele.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Slows down password guessing without letting anyone lock out somebody else (ASVS 6.3.1, 6.3.5). Replaces the hard
 * lockout: wrong passwords are counted in three places, and each only delays what it counts.
 *
 * <ul>
 *   <li><b>username + source address</b>: after {@code clientele.security.throttle.free-failures} (3) wrong passwords
 *       every further one doubles the wait before the next attempt from that address for that username: {@code first-delay}
 *       (1 s), 2 s, 4 s … up to {@code max-delay} (15 min). An attacker on another address does not slow the real user down.
 *   <li><b>username from any address</b>, only for browsers that have never logged in to that account (no
 *       {@link DeviceCookie}): after {@code account-free-failures} (10) the same doubling, so guessing spread over
 *       many addresses still slows down, while the user's own browser is let through.
 *   <li><b>source address</b>, whatever username: a budget of {@code address-failures} (30) wrong passwords that
 *       refills one every {@code address-refill} (30 s), so one address trying many usernames runs dry fast.
 * </ul>
 *
 * <p>Everything is keyed on the typed username, whether or not such an account exists, so a throttled answer never
 * tells which accounts exist. The state lives in this node's memory (bounded, oldest entries dropped first): behind
 * a load balancer each node counts on its own, which multiplies an attacker's budget by the number of nodes but
 * never locks anyone out.
 */
@Component
public class LoginThrottle {

    /** Entries kept per map at most; each is a few dozen bytes. */
    static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final int freeFailures;
    private final int accountFreeFailures;
    private final int addressFailures;
    private final Duration addressRefill;
    private final Duration maxDelay;
    private final Duration firstDelay;

    private final Map<String, Failures> pairs = new ConcurrentHashMap<>();
    private final Map<String, Failures> usernames = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    LoginThrottle(
            Clock clock,
            @Value("${clientele.security.throttle.free-failures:3}") int freeFailures,
            @Value("${clientele.security.throttle.account-free-failures:10}") int accountFreeFailures,
            @Value("${clientele.security.throttle.address-failures:30}") int addressFailures,
            @Value("${clientele.security.throttle.address-refill:30s}") Duration addressRefill,
            @Value("${clientele.security.throttle.max-delay:15m}") Duration maxDelay,
            @Value("${clientele.security.throttle.first-delay:1s}") Duration firstDelay) {
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.accountFreeFailures = accountFreeFailures;
        this.addressFailures = addressFailures;
        this.addressRefill = addressRefill;
        this.maxDelay = maxDelay;
        this.firstDelay = firstDelay;
    }

    /** What the account list shows: wrong passwords counted for a username, and until when it is slowed down. */
    public record State(int failures, @Nullable Instant throttledUntil) {

        public static final State CLEAR = new State(0, null);
    }

    /**
     * How long this attempt must wait before its password is even checked; empty when it may go ahead.
     *
     * @param knownDevice the browser has logged in to this username before (then the username's own count does not
     *     apply)
     */
    public Optional<Duration> waitBefore(String username, String address, boolean knownDevice) {
        Instant now = clock.instant();
        String user = normalize(username);
        Instant until = latest(
                blockedUntil(pairs.get(pairKey(user, address))),
                knownDevice ? null : blockedUntil(usernames.get(user)),
                addressBlockedUntil(addresses.get(address), now));
        if (until == null || !until.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, until));
    }

    /** Counts a wrong password (or a wrong current password in a change form). */
    public void failed(String username, String address, boolean knownDevice) {
        Instant now = clock.instant();
        String user = normalize(username);
        bounded(pairs).compute(pairKey(user, address), (k, f) -> next(f, now, freeFailures));
        if (!knownDevice) {
            bounded(usernames).compute(user, (k, f) -> next(f, now, accountFreeFailures));
        }
        bounded(addresses).compute(address, (k, f) -> spend(f, now));
    }

    /**
     * For a password check inside a logged-in session (the current password in a change form): the same counts as
     * the login, keyed on the request's address; the session stands for a known device.
     */
    public Optional<Duration> waitBeforeInSession(String username) {
        return waitBefore(username, currentAddress(), true);
    }

    /** Counts a wrong current password typed in a logged-in session. */
    public void failedInSession(String username) {
        failed(username, currentAddress(), true);
    }

    /** The address of the HTTP request being served (Spring's request context spans Vaadin's requests too). */
    static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : "local";
    }

    /** A correct password clears what this username and address had collected (not the address's budget). */
    public void succeeded(String username, String address) {
        String user = normalize(username);
        pairs.remove(pairKey(user, address));
        usernames.remove(user);
    }

    /** The username's state from all addresses, for the account list. */
    public State state(String username) {
        String user = normalize(username);
        Failures any = usernames.get(user);
        Instant until = blockedUntil(any);
        int count = any == null ? 0 : any.count;
        String prefix = user + "|";
        for (Map.Entry<String, Failures> e : pairs.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                count = Math.max(count, e.getValue().count);
                until = latest(until, blockedUntil(e.getValue()), null);
            }
        }
        if (until != null && !until.isAfter(clock.instant())) {
            until = null;
        }
        return count == 0 && until == null ? State.CLEAR : new State(count, until);
    }

    /** Forgets every count for the username (an administrator cleared it, or its password was reset). */
    public void clear(String username) {
        String user = normalize(username);
        usernames.remove(user);
        pairs.keySet().removeIf(k -> k.startsWith(user + "|"));
    }

    /** Forgets every count of every username and address (tests; an operator after an incident). */
    public void forgetAll() {
        pairs.clear();
        usernames.clear();
        addresses.clear();
    }

    private static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static String pairKey(String user, String address) {
        return user + "|" + address;
    }

    private Failures next(@Nullable Failures f, Instant now, int free) {
        int count = f == null || expired(f, now) ? 1 : f.count + 1;
        Instant until = null;
        if (count > free) {
            long millis = firstDelay.toMillis() << Math.min(count - free - 1, 20);
            until = now.plus(Duration.ofMillis(Math.min(millis, maxDelay.toMillis())));
        }
        return new Failures(count, now, until);
    }

    /** A count is forgotten once it has been quiet for twice the longest delay. */
    private boolean expired(Failures f, Instant now) {
        return f.last.plus(maxDelay.multipliedBy(2)).isBefore(now);
    }

    /** Address budget as a leaky bucket: {@code count} is the level after the refill since {@code last}. */
    private Failures spend(@Nullable Failures f, Instant now) {
        int level = f == null ? 0 : drained(f, now);
        return new Failures(level + 1, now, null);
    }

    private int drained(Failures f, Instant now) {
        long refills = Duration.between(f.last, now).toMillis() / Math.max(1, addressRefill.toMillis());
        return (int) Math.max(0, f.count - refills);
    }

    private @Nullable Instant addressBlockedUntil(@Nullable Failures f, Instant now) {
        if (f == null) {
            return null;
        }
        int level = drained(f, now);
        if (level < addressFailures) {
            return null;
        }
        // Waits until the bucket has drained one below the budget.
        long refills = level - addressFailures + 1;
        Instant base = f.last.plus(addressRefill.multipliedBy(
                Duration.between(f.last, now).toMillis() / Math.max(1, addressRefill.toMillis())));
        return base.plus(addressRefill.multipliedBy(refills));
    }

    private static @Nullable Instant blockedUntil(@Nullable Failures f) {
        return f == null ? null : f.until;
    }

    private static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b, @Nullable Instant c) {
        Instant max = a;
        for (Instant i : new Instant[] {b, c}) {
            if (i != null && (max == null || i.isAfter(max))) {
                max = i;
            }
        }
        return max;
    }

    /** Drops arbitrary (roughly oldest-inserted) entries when a map is full, so a flood cannot fill the heap. */
    private static Map<String, Failures> bounded(Map<String, Failures> map) {
        if (map.size() >= MAX_ENTRIES) {
            Iterator<String> keys = map.keySet().iterator();
            for (int i = 0; i < MAX_ENTRIES / 10 && keys.hasNext(); i++) {
                keys.next();
                keys.remove();
            }
        }
        return map;
    }

    private record Failures(
            int count, Instant last, @Nullable Instant until) {}
}
