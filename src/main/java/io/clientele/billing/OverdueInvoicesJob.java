package io.clientele.billing;

import io.clientele.base.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks unpaid invoices past their due date Overdue: every night, and once at start-up to catch up. */
@Component
class OverdueInvoicesJob {

    private static final Logger log = LoggerFactory.getLogger(OverdueInvoicesJob.class);

    private final InvoiceService invoices;

    OverdueInvoicesJob(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(cron = "${clientele.billing.overdue-cron:0 5 0 * * *}")
    void run() {
        int changed = SystemAuthentication.call(invoices::markOverdue);
        if (changed > 0) {
            log.info("Marked {} invoices overdue", changed);
        }
    }
}
