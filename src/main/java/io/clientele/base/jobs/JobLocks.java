package io.clientele.base.jobs;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run of each scheduled job at a time across every node (issue 18): each {@code @Scheduled} method also carries
 * {@code @SchedulerLock} under a name of its own, and a node runs it only while it holds that name's row in the
 * {@code shedlock} table (changeset 0045). Calls through the bean (the cron, the start-up catch-up) are locked; a
 * node that finds the lock taken skips the run.
 *
 * <p>{@link #LOCK_AT_LEAST_FOR}: a lock is kept at least this long even when the run took milliseconds, so that a
 * node whose clock is a few seconds behind does not run the same cron tick again after the first node finished. The
 * jobs' own claims (see {@link ClaimedSend}) stay: they keep each item once should two runs ever overlap (a run
 * longer than its lockAtMostFor).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class JobLocks {

    /** For {@code @SchedulerLock(lockAtLeastFor = ...)}; tests set it to zero so that each call runs. */
    public static final String LOCK_AT_LEAST_FOR = "${clientele.jobs.lock-at-least-for:PT30S}";

    @Bean
    LockProvider lockProvider(DataSource dataSource, @Value("${clientele.node-name:}") String nodeName) {
        return provider(dataSource, nodeName.isBlank() ? defaultNodeName() : nodeName);
    }

    /** A lock provider on the {@code shedlock} table that names {@code node} as the holder; tests make two. */
    public static LockProvider provider(DataSource dataSource, String node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(node)
                // The database's clock decides when a lock ends, not each node's.
                .usingDbTime()
                .build());
    }

    /** Host and process id: two nodes on one host (the scale-out demo) still tell apart in locked_by. */
    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown";
        }
        return host + ":" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
