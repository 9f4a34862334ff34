package io.clientele.billing;

import org.jspecify.annotations.Nullable;

/**
 * A payment reminder to e-mail for an invoice.
 *
 * @param idempotencyKey   one per invoice and step (or per "Send reminder now" dialog): a second send with it sends
 *                         nothing, on any node
 * @param afterDue         whether the due date has passed (the wording changes: "is due on" / "was due on")
 * @param feeInvoiceId     a late-fee invoice the reminder names and attaches, or null
 */
public record ReminderMail(
        String idempotencyKey, boolean afterDue, @Nullable Long feeInvoiceId) {}
