package io.clientele.recurring;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.jobs.JobLocks;
import io.clientele.base.security.SystemAuthentication;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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
 * profile; several nodes may run this at once, though a lock across nodes
 * ({@link JobLocks}) lets one run at a time.
 */
@Component
public class RecurringInvoiceJob {

    static final String LOCK = "recurring-invoices";
    private static final Logger log = LoggerFactory.getLogger(RecurringInvoiceJob.class);
    private static final int BATCH = 200;
    /** Periods billed per profile and run at most: a weekly profile started years back catches up over a few runs. */
    static final int CATCH_UP_MAX = 100;

    private final RecurringService recurring;
    private final Clock clock;
    private final int batch;

    @Autowired
    RecurringInvoiceJob(RecurringService recurring, Clock clock) {
        this(recurring, clock, BATCH);
    }

    /** With another page size: tests page through a few profiles as the job pages through thousands. */
    RecurringInvoiceJob(RecurringService recurring, Clock clock, int batch) {
        this.recurring = recurring;
        this.clock = clock;
        this.batch = batch;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${clientele.recurring.cron:0 15 * * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = JobLocks.LOCK_AT_LEAST_FOR)
    public void run() {
        runOn(LocalDate.now(clock));
    }

    /**
     * One run as of {@code today}: bills every period due by then; returns how many invoices it created. Pages through
     * the due profiles once, in order, so a profile that keeps failing (retried on the next run) never holds back the
     * ones behind it; a profile still due after its pass (a catch-up longer than {@link #CATCH_UP_MAX}) is met again
     * further on, its next date having moved.
     */
    public int runOn(LocalDate today) {
        return SystemAuthentication.call(() -> {
            int created = 0;
            RecurringService.Due after = RecurringService.Due.FIRST;
            List<RecurringService.Due> page = recurring.due(today, after, batch);
            while (!page.isEmpty()) {
                for (RecurringService.Due due : page) {
                    created += billDue(due.id(), today);
                }
                after = page.getLast();
                page = page.size() < batch ? List.of() : recurring.due(today, after, batch);
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
