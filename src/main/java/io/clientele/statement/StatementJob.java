package io.clientele.statement;

import io.clientele.base.jobs.ClaimedSend;
import io.clientele.base.jobs.JobLocks;
import io.clientele.base.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the statements whose period has ended: every hour ({@code clientele.statements.cron}, so a refused e-mail is
 * retried within the hour), and once at start-up
 * to catch up after downtime (only the latest ended period, see {@link StatementService#CATCH_UP_DAYS}). Each
 * statement is claimed, then sent in a transaction of its own (see {@link StatementService#sendClaimed}), so a failure
 * holds back only that statement; several nodes may run this at once, though a lock across nodes
 * ({@link JobLocks}) lets one run at a time. With the cron set to "-" (as in tests) the job
 * never runs by itself, not even at start-up.
 */
@Component
public class StatementJob {

    static final String DISABLED = "-";
    static final String LOCK = "statements";
    private static final Logger log = LoggerFactory.getLogger(StatementJob.class);
    static final int BATCH = 500;

    private final StatementService statements;
    private final Clock clock;
    private final String cron;

    @Autowired
    StatementJob(
            StatementService statements, Clock clock, @Value("${clientele.statements.cron:0 50 * * * *}") String cron) {
        this.statements = statements;
        this.clock = clock;
        this.cron = cron;
    }

    // Locked here as well: the call to run() below does not pass through the bean's proxy.
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = LOCK, lockAtLeastFor = JobLocks.LOCK_AT_LEAST_FOR)
    public void catchUp() {
        if (!DISABLED.equals(cron)) {
            run();
        }
    }

    @Scheduled(cron = "${clientele.statements.cron:0 50 * * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = JobLocks.LOCK_AT_LEAST_FOR)
    public void run() {
        runOn(LocalDate.now(clock));
    }

    /** One run as of {@code today}: sends every statement due by then; returns how many it sent. */
    public int runOn(LocalDate today) {
        return SystemAuthentication.call(() -> {
            int sent = 0;
            long after = 0;
            while (after >= 0) {
                StatementService.DuePage page = statements.due(today, after, BATCH);
                for (DueStatement due : page.statements()) {
                    sent += ClaimedSend.send(
                            statements,
                            due,
                            due.key(),
                            "Client " + due.clientId() + ": statement from "
                                    + due.period().from(),
                            "statement.failed.unexpected",
                            log);
                }
                after = page.nextAfterId();
            }
            if (sent > 0) {
                log.info("Sent {} statements", sent);
            }
            return sent;
        });
    }
}
