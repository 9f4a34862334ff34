package io.clientele.billing;

import io.clientele.base.jobs.JobLocks;
import io.clientele.base.security.SystemAuthentication;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks unpaid invoices past their due date Overdue: every night, and once at start-up to catch up. One node at a
 * time ({@link JobLocks}): the invoices are read, then marked, with no claim per invoice, so two nodes at once would
 * collide on the invoices' versions and one would roll back.
 */
@Component
class OverdueInvoicesJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoicesJob.class);

    static final String LOCK = "overdue-invoices";

    private final InvoiceService invoices;

    OverdueInvoicesJob(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${clientele.billing.overdue-cron:0 5 0 * * *}")
    @SchedulerLock(name = LOCK, lockAtLeastFor = JobLocks.LOCK_AT_LEAST_FOR)
    void run() {
        int changed = SystemAuthentication.call(invoices::markOverdue);
        if (changed > 0) {
            log.info("Marked {} invoices overdue", changed);
        }
    }
}
