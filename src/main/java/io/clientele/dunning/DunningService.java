package io.clientele.dunning;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.jobs.ClaimedSend;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.billing.DocumentMailService;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.RemindableInvoice;
import io.clientele.billing.ReminderMail;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment reminders: the installation's schedule, each client's override or opt-out, the steps the job finds due,
 * sending each once, "Send reminder now", and the log per invoice.
 *
 * <p>Once per invoice and step, whatever the nodes do: the job first claims a step by inserting its row (unique key
 * per invoice and step) in a transaction of its own, then sends it in a second transaction that locks the row, checks
 * it is still pending and still due (not paid, cancelled or disputed, client not opted out) and marks it sent. The
 * e-mail goes out inside that transaction with the row's key as idempotency key: a refused delivery rolls back and
 * leaves the row pending for the next run; a second node waits on the lock and then finds it sent.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class DunningService implements ClaimedSend<DueReminder> {

    /**
     * A step is sent at most this many days after its day: a job that was down catches up, but switching reminders
     * on does not send a late step for every old unpaid invoice in the book.
     */
    public static final int CATCH_UP_DAYS = 14;

    private static final Logger log = LoggerFactory.getLogger(DunningService.class);

    private final ReminderPolicyRepository policies;
    private final PaymentReminderRepository reminders;
    private final InvoiceService invoices;
    private final DocumentMailService mails;
    private final ClientService clients;
    private final ClientScope scope;
    private final UserDirectory users;
    private final Clock clock;

    DunningService(
            ReminderPolicyRepository policies,
            PaymentReminderRepository reminders,
            InvoiceService invoices,
            DocumentMailService mails,
            ClientService clients,
            ClientScope scope,
            UserDirectory users,
            Clock clock) {
        this.policies = policies;
        this.reminders = reminders;
        this.invoices = invoices;
        this.mails = mails;
        this.clients = clients;
        this.scope = scope;
        this.users = users;
        this.clock = clock;
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    /** The installation's reminder schedule and late fee. */
    public ReminderPolicy installationPolicy() {
        return policies.findInstallation().getFirst();
    }

    /**
     * Saves the installation's schedule and fee onto the stored row. A stale copy fails with
     * {@code OptimisticLockingFailureException}.
     *
     * @throws RuleViolationException naming the first field in breach ({@code dunning.step.range}, …)
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public ReminderPolicy saveInstallationPolicy(ReminderPolicy edited) {
        validate(edited);
        ReminderPolicy stored = installationPolicy();
        requireVersion(stored, edited);
        stored.copySchedule(edited);
        return policies.saveAndFlush(stored);
    }

    /** The client's override (a new, unsaved one following the installation's schedule if it has none); "not found" if the caller may not see the client. */
    public ReminderPolicy clientPolicy(long clientId) {
        scope.require(clientId);
        return policies.findByClientId(clientId).orElseGet(() -> {
            ReminderPolicy fresh = new ReminderPolicy(clientId);
            fresh.copySchedule(installationPolicy());
            return fresh;
        });
    }

    /**
     * Saves a client's override: "no payment reminders", or its own steps and fee. "Not found" if the caller may not
     * see the client; a stale copy fails with {@code OptimisticLockingFailureException}.
     *
     * @throws RuleViolationException naming the first field in breach, when the client has its own schedule
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ReminderPolicy saveClientPolicy(ReminderPolicy edited) {
        long clientId = Objects.requireNonNull(edited.getClientId());
        scope.require(clientId);
        if (edited.isOwnSchedule()) {
            validate(edited);
        }
        ReminderPolicy target = policies.findByClientId(clientId).orElse(null);
        if (target == null) {
            if (!edited.isNew()) {
                throw new ObjectOptimisticLockingFailureException(ReminderPolicy.class, edited.getId());
            }
            target = new ReminderPolicy(clientId);
        } else {
            requireVersion(target, edited);
        }
        target.setOptedOut(edited.isOptedOut());
        target.setOwnSchedule(edited.isOwnSchedule());
        if (edited.isOwnSchedule()) {
            target.copySchedule(edited);
        }
        return policies.saveAndFlush(target);
    }

    private static void requireVersion(ReminderPolicy stored, ReminderPolicy edited) {
        if (edited.isNew() || stored.getVersion() != edited.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(ReminderPolicy.class, stored.getId());
        }
    }

    private static void validate(ReminderPolicy p) {
        Integer previous = null;
        boolean gap = false;
        for (int step = 1; step <= ReminderPolicy.STEPS; step++) {
            Integer days = p.stepDays(step);
            if (days == null) {
                gap = true;
                continue;
            }
            if (gap) {
                throw new RuleViolationException("dunning.step.gap", step);
            }
            if (days < ReminderPolicy.DAYS_MIN || days > ReminderPolicy.DAYS_MAX) {
                throw new RuleViolationException(
                        "dunning.step.range", step, ReminderPolicy.DAYS_MIN, ReminderPolicy.DAYS_MAX);
            }
            if (previous != null && days <= previous) {
                throw new RuleViolationException("dunning.step.order", step);
            }
            previous = days;
        }
        BigDecimal fee = p.getFeeAmount();
        if (p.getFeeKind() != FeeKind.NONE) {
            if (fee.signum() <= 0) {
                throw new RuleViolationException("dunning.fee.positive");
            }
            BigDecimal max = p.getFeeKind() == FeeKind.PERCENT ? BigDecimal.valueOf(100) : ReminderPolicy.FEE_MAX;
            if (fee.compareTo(max) > 0) {
                throw new RuleViolationException("dunning.fee.too-high", max.toPlainString());
            }
        }
    }

    // ---- the log and "Send reminder now"
    // -----------------------------------------------------------------------------

    /** The reminders of an invoice, newest first; "not found" if the caller may not see its client. */
    public List<ReminderLogRow> log(long invoiceId, Pageable page) {
        invoices.get(invoiceId);
        List<ReminderLogRow> rows = new ArrayList<>();
        for (PaymentReminder r :
                reminders.findByInvoice(invoiceId, PageRequest.of(page.getPageNumber(), PageCap.size(page)))) {
            rows.add(new ReminderLogRow(
                    r.getStep(),
                    r.getStatus(),
                    r.getCreatedAt(),
                    r.getSentAt(),
                    r.getSentBy(),
                    r.getRecipients(),
                    r.getAttempts(),
                    r.getLastError(),
                    feeNumber(r.getFeeInvoiceId())));
        }
        return rows;
    }

    private @Nullable String feeNumber(@Nullable Long feeInvoiceId) {
        if (feeInvoiceId == null) {
            return null;
        }
        try {
            return invoices.get(feeInvoiceId).getNumber();
        } catch (DocumentNotFoundException e) {
            return null;
        }
    }

    /**
     * Sends a reminder for an invoice now, by hand, whatever the schedule says; it is logged as step 0 and neither
     * charges a fee nor takes the place of a scheduled step. {@code key} is made once per confirmation, so a double
     * click sends once.
     *
     * @throws RuleViolationException {@code dunning.not-open} for a draft, paid, cancelled or disputed invoice,
     *     {@code dunning.opted-out} for a client with "no payment reminders", or what the e-mail refuses
     *     ({@code billing.mail.recipient.required}, {@code billing.mail.delivery-failed}); nothing is logged then
     * @throws DocumentNotFoundException if the caller may not see the invoice's client
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void sendNow(long invoiceId, String key) {
        Invoice invoice = invoices.get(invoiceId);
        if (!invoice.isRemindable()) {
            throw new RuleViolationException("dunning.not-open", String.valueOf(invoice.getNumber()));
        }
        long clientId = Objects.requireNonNull(invoice.getClient().getId());
        if (policies.findByClientId(clientId).map(ReminderPolicy::isOptedOut).orElse(false)) {
            throw new RuleViolationException(
                    "dunning.opted-out", invoice.getClient().getName());
        }
        if (reminders.findByKey(key).isPresent()) {
            return; // the same confirmation twice: it went out the first time
        }
        PaymentReminder reminder = reminders.saveAndFlush(new PaymentReminder(invoiceId, 0, key, clock.instant()));
        LocalDate due = invoice.getDueDate();
        boolean afterDue = due != null && due.isBefore(LocalDate.now(clock));
        List<String> to = mails.sendReminder(invoiceId, new ReminderMail(key, afterDue, null));
        reminder.sent(clock.instant(), callerName(), String.join(", ", to), null);
    }

    private String callerName() {
        Long id = users.currentScope().accountId();
        return id == null ? "" : users.find(id).map(UserRef::displayName).orElse("");
    }

    // ---- the job
    // ------------------------------------------------------------------------------------------------------

    /**
     * The steps due on {@code today} among open invoices with an id above {@code afterId}: for each invoice (a page of
     * at most {@code limit} read), the latest step of its client's schedule whose day has come, within
     * {@link #CATCH_UP_DAYS}, unless it was sent or skipped before; earlier steps missed meanwhile are not sent late.
     * Clients who opted out are left out. Returns the due steps and the last invoice id read ({@code -1}: no more).
     */
    @RolesAllowed(Roles.ADMIN)
    public DuePage due(LocalDate today, long afterId, int limit) {
        ReminderPolicy installation = installationPolicy();
        List<Integer> defaultSteps = installation.activeSteps();
        Integer min = defaultSteps.isEmpty() ? null : defaultSteps.getFirst();
        Integer max = defaultSteps.isEmpty() ? null : defaultSteps.getLast();
        Object[] range = policies.clientStepRange().getFirst();
        if (range[0] != null) {
            min = min == null ? (Integer) range[0] : Math.min(min, (Integer) range[0]);
            max = max == null ? (Integer) range[1] : Math.max(max, (Integer) range[1]);
        }
        if (min == null || max == null) {
            return new DuePage(List.of(), -1);
        }
        // due + days <= today <= due + days + CATCH_UP_DAYS, over every schedule's first and last step
        List<RemindableInvoice> page =
                invoices.remindable(today.minusDays(max + (long) CATCH_UP_DAYS), today.minusDays(min), afterId, limit);
        if (page.isEmpty()) {
            return new DuePage(List.of(), -1);
        }
        Set<Long> clientIds = new HashSet<>();
        page.forEach(i -> clientIds.add(i.clientId()));
        // Trashed clients get no reminders (and asking billing for their invoices would say "not found").
        Set<Long> live = new HashSet<>(clients.visibleLiveIds(clientIds));
        Map<Long, ReminderPolicy> overrides = new HashMap<>();
        policies.findByClientIdIn(clientIds).forEach(p -> overrides.put(p.getClientId(), p));
        List<DueReminder> due = new ArrayList<>();
        for (RemindableInvoice invoice : page) {
            ReminderPolicy override = overrides.get(invoice.clientId());
            if (!live.contains(invoice.clientId()) || (override != null && override.isOptedOut())) {
                continue;
            }
            ReminderPolicy policy = override != null && override.isOwnSchedule() ? override : installation;
            int step = dueStep(policy, ChronoUnit.DAYS.between(invoice.dueDate(), today));
            if (step > 0) {
                due.add(new DueReminder(
                        invoice.id(), invoice.clientId(), step, PaymentReminder.keyOf(invoice.id(), step)));
            }
        }
        if (!due.isEmpty()) {
            Set<String> done = new HashSet<>(
                    reminders.findDone(due.stream().map(DueReminder::key).toList()));
            due.removeIf(d -> done.contains(d.key()));
        }
        return new DuePage(due, page.size() < limit ? -1 : page.getLast().id());
    }

    /** The latest step whose day has come {@code daysAfterDue} days after the due date, within the catch-up; else 0. */
    static int dueStep(ReminderPolicy policy, long daysAfterDue) {
        for (int step = ReminderPolicy.STEPS; step >= 1; step--) {
            Integer days = policy.stepDays(step);
            if (days != null && days <= daysAfterDue) {
                return daysAfterDue - days <= CATCH_UP_DAYS ? step : 0;
            }
        }
        return 0;
    }

    /** A page of {@link #due}: the steps due and where the next page starts ({@code -1}: this was the last). */
    public record DuePage(List<DueReminder> reminders, long nextAfterId) {

        public DuePage {
            reminders = List.copyOf(reminders);
        }
    }

    /**
     * Claims a due step by inserting its pending row, in a transaction of its own. A second node's insert of the same
     * key fails on the unique key ({@code DataIntegrityViolationException}); the job then goes on to
     * {@link #sendClaimed}, which finds the row the other node made.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RolesAllowed(Roles.ADMIN)
    @Override
    public void claim(DueReminder due) {
        if (reminders.findByKey(due.key()).isEmpty()) {
            reminders.saveAndFlush(new PaymentReminder(due.invoiceId(), due.step(), due.key(), clock.instant()));
        }
    }

    /**
     * Sends a claimed step if it is still pending, in one transaction that locks its row: re-checks the invoice (paid,
     * cancelled or disputed since, or its client opted out or trashed: skipped for good), charges the late fee with
     * the first step after the due date if the schedule has one (a separate, issued late-fee invoice, at most one per
     * invoice and never on a late-fee invoice), e-mails the reminder and marks it sent. A refused e-mail rolls all of
     * it back, the fee invoice included.
     *
     * @return whether it sent the reminder (false when another node was first or it was skipped)
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Override
    public boolean sendClaimed(DueReminder due) {
        String key = due.key();
        PaymentReminder reminder = reminders.findForUpdate(key).orElse(null);
        if (reminder == null || reminder.getStatus() != ReminderStatus.PENDING) {
            return false;
        }
        long invoiceId = reminder.getInvoiceId();
        // Asked without an exception: one thrown through the billing service would doom this transaction.
        if (clients.findVisible(due.clientId()).isEmpty()) {
            reminder.skipped("dunning.skipped.client-trashed");
            return false;
        }
        Invoice invoice = invoices.get(invoiceId);
        if (!invoice.isRemindable()) {
            reminder.skipped(invoice.isDisputed() ? "dunning.skipped.disputed" : "dunning.skipped.not-open");
            return false;
        }
        long clientId = Objects.requireNonNull(invoice.getClient().getId());
        ReminderPolicy override = policies.findByClientId(clientId).orElse(null);
        if (override != null && override.isOptedOut()) {
            reminder.skipped("dunning.skipped.opted-out");
            return false;
        }
        ReminderPolicy policy = override != null && override.isOwnSchedule() ? override : installationPolicy();
        Integer days = policy.stepDays(reminder.getStep());
        boolean afterDue = days != null && days > 0;
        Long feeInvoiceId = null;
        if (afterDue
                && policy.getFeeKind() != FeeKind.NONE
                && !reminders.existsByInvoiceIdAndFeeInvoiceIdIsNotNull(invoiceId)
                && !reminders.existsByFeeInvoiceId(invoiceId)) {
            BigDecimal amount = policy.getFeeKind() == FeeKind.FIXED
                    ? policy.getFeeAmount()
                    : invoice.getBalance()
                            .multiply(policy.getFeeAmount())
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            if (amount.signum() > 0) {
                feeInvoiceId = invoices.issueLateFee(invoiceId, amount).getId();
            }
        }
        List<String> to =
                mails.sendReminder(invoiceId, new ReminderMail(key, afterDue, feeInvoiceId, reminder.getStep()));
        if (to.isEmpty()) {
            log.info("Invoice {}: reminder {} was mailed before; marked sent", invoiceId, key);
        }
        reminder.sent(clock.instant(), "", String.join(", ", to), feeInvoiceId);
        return true;
    }

    /**
     * Notes on a pending reminder why it is still pending (the mail server refused it, no recipient …), in a
     * transaction of its own after the sending one rolled back; the next run tries again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RolesAllowed(Roles.ADMIN)
    @Override
    public void recordFailure(String key, String messageKey) {
        reminders.findForUpdate(key).ifPresent(r -> {
            if (r.getStatus() == ReminderStatus.PENDING) {
                r.failed(messageKey);
            }
        });
    }
}
