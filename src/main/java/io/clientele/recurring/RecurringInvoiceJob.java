package io.clientele.recurring;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bills the due periods of recurring profiles: every hour, and once at start-up to catch up after downtime. Each
 * period in a transaction of its own (see {@link RecurringService#billNext}), so a failure holds back only its
 * profile; several nodes may run this at once.
 */
@Component
public class RecurringInvoiceJob {

    private static final Logger log = LoggerFactory.getLogger(RecurringInvoiceJob.class);
    private static final int BATCH = 200;
    /** Periods billed per profile and run at most: a weekly profile started years back catches up over a few runs. */
    static final int CATCH_UP_MAX = 100;

    private final RecurringService recurring;
    private final Clock clock;

    @Autowired
    RecurringInvoiceJob(RecurringService recurring, Clock clock) {
        this.recurring = recurring;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${clientele.recurring.cron:0 15 * * * *}")
    public void run() {
        runOn(LocalDate.now(clock));
    }

    /** One run as of {@code today}: bills every period due by then; returns how many invoices it created. */
    public int runOn(LocalDate today) {
        return SystemAuthentication.call(() -> {
            int created = 0;
            List<Long> due = recurring.due(today, BATCH);
            while (!due.isEmpty()) {
                int before = created;
                for (long id : due) {
                    created += billDue(id, today);
                }
                if (created == before) {
                    break; // nothing moved (all failed or lost to another node): leave the rest to the next run
                }
                due = recurring.due(today, BATCH);
            }
            if (created > 0) {
                log.info("Created {} recurring invoices", created);
            }
            return created;
        });
    }

    private int billDue(long id, LocalDate today) {
        int created = 0;
        try {
            while (created < CATCH_UP_MAX && recurring.billNext(id, today)) {
                created++;
            }
        } catch (RuleViolationException e) {
            if ("billing.mail.delivery-failed".equals(e.getMessageKey())) {
                log.warn("Recurring profile {}: mail server refused the invoice; retrying on the next run", id);
            } else {
                log.warn("Recurring profile {}: paused, billing refused the invoice: {}", id, e.getMessageKey());
                recurring.pauseAfterFailure(id, e);
            }
        } catch (RuntimeException e) {
            log.warn("Recurring profile {}: not billed, retrying on the next run: {}", id, e.toString());
        }
        return created;
    }
}
