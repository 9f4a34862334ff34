package io.clientele.dunning;

import io.clientele.base.jobs.ClaimedSend;
import io.clientele.base.jobs.JobLocks;
import io.clientele.base.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the payment reminders whose day has come: every hour, and once at start-up to catch up after downtime (see
 * {@link DunningService#CATCH_UP_DAYS}). Each reminder is claimed, then sent in a transaction of its own (see
 * {@link DunningService#sendClaimed}), so a failure holds back only that reminder; several nodes may run this at once, though a lock across nodes
 * ({@link JobLocks}) lets one run at a time.
 */
@Component
public class PaymentReminderJob {

    static final String LOCK = "payment-reminders";
    private static final Logger log = LoggerFactory.getLogger(PaymentReminderJob.class);
    static final int BATCH = 500;

    private final DunningService dunning;
    private final Clock clock;

    @Autowired
    PaymentReminderJob(DunningService dunning, Clock clock) {
        this.dunning = dunning;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${clientele.dunning.cron:0 45 * * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = JobLocks.LOCK_AT_LEAST_FOR)
    public void run() {
        runOn(LocalDate.now(clock));
    }

    /** One run as of {@code today}: sends every reminder due by then; returns how many it sent. */
    public int runOn(LocalDate today) {
        return SystemAuthentication.call(() -> {
            int sent = 0;
            long after = 0;
            while (after >= 0) {
                DunningService.DuePage page = dunning.due(today, after, BATCH);
                for (DueReminder due : page.reminders()) {
                    sent += ClaimedSend.send(
                            dunning,
                            due,
                            due.key(),
                            "Invoice " + due.invoiceId() + ": reminder step " + due.step(),
                            "dunning.failed.unexpected",
                            log);
                }
                after = page.nextAfterId();
            }
            if (sent > 0) {
                log.info("Sent {} payment reminders", sent);
            }
            return sent;
        });
    }
}
