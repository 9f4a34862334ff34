package io.clientele.billing;

import java.math.BigDecimal;

/**
 * What one invoice (or a sum of invoices) adds to the dashboard's open balances: the open balance and one invoice
 * while it is sent, viewed or overdue with money open; the same again under "overdue" while it is overdue.
 */
record OpenBalance(BigDecimal outstanding, long outstandingCount, BigDecimal overdue, long overdueCount) {

    static final OpenBalance NONE = new OpenBalance(BigDecimal.ZERO, 0, BigDecimal.ZERO, 0);

    /** The invoice's share as it stands; the one spelling of the dashboard's "outstanding" for a single invoice. */
    static OpenBalance of(Invoice invoice) {
        if (!InvoiceService.OPEN_STATUSES.contains(invoice.statusCode)
                || invoice.getBalance().signum() <= 0) {
            return NONE;
        }
        boolean overdue = invoice.getStatus() == InvoiceStatus.OVERDUE;
        BigDecimal balance = invoice.getBalance();
        return new OpenBalance(balance, 1, overdue ? balance : BigDecimal.ZERO, overdue ? 1 : 0);
    }

    OpenBalance minus(OpenBalance other) {
        return new OpenBalance(
                outstanding.subtract(other.outstanding),
                outstandingCount - other.outstandingCount,
                overdue.subtract(other.overdue),
                overdueCount - other.overdueCount);
    }

    OpenBalance negate() {
        return NONE.minus(this);
    }

    boolean isZero() {
        return outstanding.signum() == 0 && outstandingCount == 0 && overdue.signum() == 0 && overdueCount == 0;
    }
}
