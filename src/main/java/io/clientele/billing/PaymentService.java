package io.clientele.billing;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments against invoices. Partial payments add up; a payment above the open balance is refused; the invoice
 * becomes Paid at zero balance and goes back when a payment is deleted.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class PaymentService {

    private final PaymentRepository payments;
    private final InvoiceService invoices;
    private final BillingQueries queries;
    private final BillingSupport support;

    PaymentService(
            PaymentRepository payments, InvoiceService invoices, BillingQueries queries, BillingSupport support) {
        this.payments = payments;
        this.invoices = invoices;
        this.queries = queries;
        this.support = support;
    }

    /** One page of payments the caller may see, newest first unless sorted otherwise. */
    public List<PaymentRow> list(BillingFilter filter, Pageable page) {
        return queries.payments(filter, page.getOffset(), PageCap.size(page), page.getSort());
    }

    public long count(BillingFilter filter) {
        return queries.countPayments(filter);
    }

    /** Payments received from the caller's clients between the two dates (inclusive), per currency. */
    public List<CurrencySum> receivedBetween(LocalDate from, LocalDate to) {
        // Kept per audience, day and currency (OpenBalanceLedger): not one row per payment of the period.
        return support.ledger.received(support.scope.caller(), from, to);
    }

    /** A payment whose invoice the caller may see. */
    public Payment get(long id) {
        Payment payment = payments.findById(id).orElseThrow(() -> new DocumentNotFoundException(id));
        invoices.get(Objects.requireNonNull(
                Objects.requireNonNull(payment.getInvoice()).getId()));
        return payment;
    }

    /**
     * Records a payment against an invoice. Refused when it is more than the open balance (the message names both
     * amounts), or when the invoice is fully paid already.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Payment record(long invoiceId, Payment payment) {
        Invoice invoice = invoices.get(invoiceId);
        if (!invoice.isIssued()) {
            // Money is received against a bill the client has, never against a draft that may still change.
            throw new RuleViolationException("billing.payment.draft");
        }
        BigDecimal amount = Money.round(payment.getAmount(), invoice.getCurrency());
        if (amount.signum() <= 0) {
            throw new RuleViolationException("billing.payment.amount.positive");
        }
        support.dates.require(payment.getDate(), "billing.payment.date.window");
        if (amount.compareTo(invoice.getBalance()) > 0) {
            throw new RuleViolationException(
                    "billing.payment.exceeds-balance",
                    amount.toPlainString(),
                    invoice.getBalance().toPlainString(),
                    invoice.getCurrency());
        }
        payment.setAmount(amount);
        payment.assign(invoice);
        try {
            // Flushed here, not at commit: the losing side of two payments recorded at once (optimistic lock on the
            // invoice, or a deadlock on MariaDB - already at the payment's insert, whose foreign key locks the
            // invoice row) hears why, on the amount field, in its language.
            // The client's row first, exclusively: the payment's insert takes a shared lock on it (its foreign key) and
            // the amount owed then wants it exclusively, so two payments on one client's invoices deadlocked on
            // MariaDB and one was refused. Now the second waits for the first and both go through.
            support.ledger.lockClients(List.of(InvoiceService.clientId(invoice)));
            Payment saved = payments.saveAndFlush(payment);
            applyPayments(invoice);
            support.ledger.received(saved, 1);
            payments.flush();
            return saved;
        } catch (ConcurrencyFailureException e) {
            throw new RuleViolationException("billing.payment.conflict", String.valueOf(invoice.getNumber()));
        }
    }

    /** Deletes a payment; the invoice's balance and status go back accordingly. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void delete(long paymentId) {
        Payment payment = get(paymentId);
        Invoice invoice = Objects.requireNonNull(payment.getInvoice());
        // The client first, as when recording: one lock order for everything that changes its figures.
        support.ledger.lockClients(List.of(payment.getClientId()));
        payments.delete(payment);
        payments.flush();
        applyPayments(invoices.get(Objects.requireNonNull(invoice.getId())));
        support.ledger.received(payment, -1);
    }

    private void applyPayments(Invoice invoice) {
        BigDecimal paid = payments.sumForInvoice(Objects.requireNonNull(invoice.getId()));
        invoice.setPaidTotal(Money.round(paid, invoice.getCurrency()));
        invoice.setPaidAt(
                invoice.getBalance().signum() <= 0 && invoice.getTotal().signum() > 0 ? support.clock.instant() : null);
        invoice.deriveStatus(support.today());
        support.refreshAmountOwed(invoice);
    }
}
