package io.clientele.crm;

import io.clientele.base.security.SystemAuthentication;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * E-mails each due reminder that asked for it, once: every minute by default. One transaction per reminder, so a
 * mail server failure for one leaves it for the next run and does not hold back the others.
 */
@Component
class ReminderMailJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderMailJob.class);
    private static final int BATCH = 100;

    private final ReminderService reminders;

    ReminderMailJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${clientele.reminders.mail-cron:0 * * * * *}")
    int run() {
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
