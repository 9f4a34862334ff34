package io.clientele.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What one invoice (or a sum of invoices) adds to the dashboard's open balances: the open balance and one invoice
 * while it is sent, viewed or overdue with money open; the same again under "overdue" while it is overdue.
 */
record OpenBalance(BigDecimal outstanding, long outstandingCount, BigDecimal overdue, long overdueCount) {

    static final OpenBalance NONE = new OpenBalance(BigDecimal.ZERO, 0, BigDecimal.ZERO, 0);

    /** The invoice's share as it stands; the one spelling of the dashboard's "outstanding" for a single invoice. */
    static OpenBalance of(Invoice invoice) {
        // Through the getters, never the fields: the invoice may be a lazy proxy (a deleted payment's invoice is),
        // whose own fields are never filled.
        if (!InvoiceService.OPEN_STATUSES.contains(invoice.getStatus().name())
                || invoice.getBalance().signum() <= 0) {
            return NONE;
        }
        boolean overdue = invoice.getStatus() == InvoiceStatus.OVERDUE;
        BigDecimal balance = invoice.getBalance();
        return new OpenBalance(balance, 1, overdue ? balance : BigDecimal.ZERO, overdue ? 1 : 0);
    }

    /**
     * The day an invoice counts under the dashboard's "due" figure: its due date while it is sent or viewed with money
     * open (not yet overdue), otherwise none; the one spelling of "due" for a single invoice, as {@link #of} is of
     * "outstanding".
     */
    static @Nullable LocalDate dueOn(Invoice invoice) {
        return InvoiceService.NOT_YET_DUE.contains(invoice.getStatus().name())
                        && invoice.getBalance().signum() > 0
                ? invoice.getDueDate()
                : null;
    }

    OpenBalance minus(OpenBalance other) {
        return new OpenBalance(
                outstanding.subtract(other.outstanding),
                outstandingCount - other.outstandingCount,
                overdue.subtract(other.overdue),
                overdueCount - other.overdueCount);
    }

    OpenBalance plus(OpenBalance other) {
        return minus(other.negate());
    }

    OpenBalance negate() {
        return NONE.minus(this);
    }

    boolean isZero() {
        return outstanding.signum() == 0 && outstandingCount == 0 && overdue.signum() == 0 && overdueCount == 0;
    }
}
