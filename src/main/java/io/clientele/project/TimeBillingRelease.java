package io.clientele.project;

import io.clientele.billing.InvoiceLinesSaved;
import io.clientele.billing.InvoiceWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An invoice that no longer charges what it billed (a draft deleted, an invoice credited in full) gives its time
 * entries and milestone back: they can be invoiced again; so does a draft line removed in the editor, for the time
 * billed on it. Runs in the transaction that withdrew the invoice or saved the draft.
 */
@Component
class TimeBillingRelease {

    private final TimeEntryRepository entries;
    private final ProjectMilestoneRepository milestones;

    TimeBillingRelease(TimeEntryRepository entries, ProjectMilestoneRepository milestones) {
        this.entries = entries;
        this.milestones = milestones;
    }

    @EventListener
    void on(InvoiceWithdrawn withdrawn) {
        entries.releaseInvoice(withdrawn.invoiceId());
        milestones.releaseInvoice(withdrawn.invoiceId());
    }

    @EventListener
    void on(InvoiceLinesSaved saved) {
        if (saved.lineIds().isEmpty()) {
            entries.releaseInvoice(saved.invoiceId());
        } else {
            entries.releaseLinesOtherThan(saved.invoiceId(), saved.lineIds());
        }
    }
}
