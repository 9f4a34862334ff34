package io.clientele.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Writers started at the same moment on their own threads, for the tests of many writers at once: the first failure
 * is rethrown (a deadlock's exception, say), and every writer has ended before this returns or throws, so that a failed
 * one never leaves the others writing into the next test's data.
 */
public final class AtOnce {

    /** One writer's work, given its number (0 to writers - 1). */
    @FunctionalInterface
    public interface Writer {
        void write(int number) throws Exception;
    }

    private AtOnce() {}

    public static void run(int writers, Writer writer) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int number = w;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    writer.write(number);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS))
                    .as("writers ended")
                    .isTrue();
        }
    }
}
