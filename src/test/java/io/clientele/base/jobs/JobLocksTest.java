package io.clientele.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.support.SpringTest;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The scheduled jobs run once across nodes (issue 18): every job takes its lock in the shedlock table when called
 * through its bean, two nodes racing for one lock run the body once, and a lock its node never released (the node
 * died) is taken over once its time is up. "Nodes" here are lock providers of their own over the one database, as
 * two application nodes would be.
 */
public class JobLocksTest extends SpringTest {

    private static final String NOBODY = "nobody";

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private LockProvider nodeA;
    private LockProvider nodeB;

    @BeforeEach
    void twoNodes() {
        releaseAll(jdbc);
        nodeA = JobLocks.provider(dataSource, "node-a");
        nodeB = JobLocks.provider(dataSource, "node-b");
    }

    @AfterEach
    void noLocks() {
        releaseAll(jdbc);
    }

    /**
     * Ends every lock as if its holder had finished long ago. Never by deleting the rows: a lock provider remembers
     * which rows it created and from then on only updates them, as a node does.
     */
    public static void releaseAll(JdbcTemplate jdbc) {
        jdbc.update(
                "update shedlock set lock_until = ?, locked_by = ?", Timestamp.valueOf("2000-01-01 00:00:00"), NOBODY);
    }

    /** The job beans' entry points: what the scheduler and the start-up event call, by bean name. */
    private Map<String, List<Method>> jobEntries() {
        Map<String, List<Method>> entries = new HashMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name, false);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            if (MethodIntrospector.selectMethods(user, (ReflectionUtils.MethodFilter)
                            m -> AnnotatedElementUtils.hasAnnotation(m, Scheduled.class))
                    .isEmpty()) {
                continue;
            }
            entries.put(name, new ArrayList<>(MethodIntrospector.selectMethods(user, (ReflectionUtils.MethodFilter)
                    m -> AnnotatedElementUtils.hasAnnotation(m, Scheduled.class)
                            || AnnotatedElementUtils.hasAnnotation(m, EventListener.class))));
        }
        return entries;
    }

    @Test
    void every_scheduled_job_and_its_start_up_run_hold_a_lock_of_their_own() {
        Map<String, List<Method>> entries = jobEntries();
        assertThat(entries.keySet())
                .as("overdue, reminder mails, recurring, payment reminders, statements")
                .hasSizeGreaterThanOrEqualTo(5);
        Map<String, String> jobOfLock = new HashMap<>();
        entries.forEach((bean, methods) -> {
            for (Method method : methods) {
                SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
                assertThat(lock).as(bean + "." + method.getName()).isNotNull();
                String holder = jobOfLock.putIfAbsent(lock.name(), bean);
                assertThat(holder).as("lock " + lock.name()).isIn(null, bean);
            }
        });
    }

    @Test
    void each_job_takes_its_lock_when_called_through_its_bean() throws Exception {
        Map<String, List<Method>> entries = jobEntries();
        for (var entry : entries.entrySet()) {
            Object bean = context.getBean(entry.getKey());
            for (Method method : entry.getValue()) {
                String lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class)
                        .name();
                releaseAll(jdbc);
                ReflectionUtils.makeAccessible(method);
                method.invoke(bean);
                assertThat(jdbc.queryForList("select locked_by from shedlock where name = ?", String.class, lock))
                        .as(entry.getKey() + "." + method.getName() + " took lock " + lock)
                        .hasSize(1)
                        .doesNotContain(NOBODY);
            }
        }
    }

    @Test
    void two_nodes_racing_for_a_job_run_its_body_once() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String job = "race-" + round;
                AtomicInteger runs = new AtomicInteger();
                CyclicBarrier start = new CyclicBarrier(2);
                Runnable body = () -> {
                    runs.incrementAndGet();
                    sleep(300);
                };
                List<Future<?>> done = new ArrayList<>();
                for (LockProvider node : List.of(nodeA, nodeB)) {
                    done.add(threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        new DefaultLockingTaskExecutor(node).executeWithLock(body, config(job, Duration.ofMinutes(1)));
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
                assertThat(runs.get()).as(job).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_lock_its_node_never_released_is_taken_over_once_its_time_is_up() {
        // node-a takes the lock for at most 500 ms and dies with it.
        Optional<SimpleLock> crashed = nodeA.lock(config("takeover", Duration.ofMillis(500)));
        assertThat(crashed).isPresent();

        assertThat(nodeB.lock(config("takeover", Duration.ofMinutes(1))))
                .as("still held")
                .isEmpty();
        sleep(1_000);
        Optional<SimpleLock> taken = nodeB.lock(config("takeover", Duration.ofMinutes(1)));
        assertThat(taken).as("taken over").isPresent();
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = 'takeover'", String.class))
                .isEqualTo("node-b");
        taken.get().unlock();
    }

    private static LockConfiguration config(String name, Duration atMost) {
        return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
