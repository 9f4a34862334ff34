package io.clientele.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Yes/no answers about the data kept for a while, the least recently asked forgotten first: whether a search word or
 * a custom field's value is common (issues 18 and 22). Paging, sorting and counting ask again for the same word or
 * value within seconds, and its frequency moves only with thousands of clients, so a few minutes' old answer is
 * still right.
 */
final class KeptAnswers<K> {

    private static final int CAPACITY = 2_000;

    private record Known(boolean answer, Instant at) {}

    private final Clock clock;
    private volatile Duration keep;
    private final Map<K, Known> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Known> eldest) {
            return size() > CAPACITY;
        }
    };

    KeptAnswers(Clock clock, Duration keep) {
        this.clock = clock;
        this.keep = keep;
    }

    /** The kept answer for {@code key} if younger than the keeping time, otherwise a fresh one, kept. */
    boolean answer(K key, Predicate<K> ask) {
        Instant now = clock.instant();
        synchronized (known) {
            Known k = known.get(key);
            if (k != null && k.at().plus(keep).isAfter(now)) {
                return k.answer();
            }
        }
        boolean answer = ask.test(key);
        synchronized (known) {
            known.put(key, new Known(answer, now));
        }
        return answer;
    }

    /** Forgets every answer and keeps new ones this long (tests). */
    void reset(Duration newKeep) {
        keep = newKeep;
        synchronized (known) {
            known.clear();
        }
    }
}
