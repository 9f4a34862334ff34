package io.clientele.billing;

import org.jspecify.annotations.Nullable;

/**
 * A payment reminder to e-mail for an invoice.
 *
 * @param idempotencyKey   one per invoice and step (or per "Send reminder now" dialog): a second send with it sends
 *                         nothing, on any node
 * @param afterDue         whether the due date has passed (the wording changes: "is due on" / "was due on")
 * @param feeInvoiceId     a late-fee invoice the reminder names and attaches, or null
 * @param step             the schedule's step (1 to 3), or 0 for a reminder sent by hand
 */
public record ReminderMail(
        String idempotencyKey, boolean afterDue, @Nullable Long feeInvoiceId, int step) {

    /** A reminder sent by hand, outside the schedule's steps. */
    public ReminderMail(String idempotencyKey, boolean afterDue, @Nullable Long feeInvoiceId) {
        this(idempotencyKey, afterDue, feeInvoiceId, 0);
    }

    /**
     * Which reminder template speaks: step 1's ("before the due date") for any reminder before the due date, else
     * step 2's ("first after the due date") or, for the schedule's step 3, step 3's. With the usual schedule (one
     * step before, two after) that is the step itself; a schedule whose steps all fall after the due date never
     * reads the before-due wording.
     */
    int templateStep() {
        if (!afterDue) {
            return 1;
        }
        return step >= 3 ? 3 : 2;
    }
}
