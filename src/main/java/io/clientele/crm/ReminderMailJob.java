package io.clientele.crm;

import io.clientele.base.jobs.JobLocks;
import io.clientele.base.security.SystemAuthentication;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails each due reminder that asked for it, once: every minute by default. One transaction per reminder, so a
 * mail server failure for one leaves it for the next run and does not hold back the others. Each reminder is claimed
 * (see {@link ReminderService#sendDueMail}), and the run holds a lock across nodes ({@link JobLocks}).
 */
@Component
class ReminderMailJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailJob.class);
    private static final int BATCH = 100;

    static final String LOCK = "reminder-mails";

    private final ReminderService reminders;

    ReminderMailJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    // At most 10 minutes: a node that dies holding the lock stops the minute's mails for no longer.
    @Scheduled(cron = "${clientele.reminders.mail-cron:0 * * * * *}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = JobLocks.LOCK_AT_LEAST_FOR)
    void run() {
        sendDue();
    }

    /** One run, without the lock across nodes: e-mails up to a batch of due reminders; how many went out. */
    int sendDue() {
        return SystemAuthentication.call(() -> {
            List<Long> due = reminders.dueForMail(BATCH);
            int sent = 0;
            for (long id : due) {
                try {
                    if (reminders.sendDueMail(id)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Reminder {}: e-mail not sent, retrying on the next run: {}", id, e.toString());
                }
            }
            if (sent > 0) {
                log.info("Sent {} reminder e-mails", sent);
            }
            return sent;
        });
    }
}
