package io.clientele.statement;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.jobs.ClaimedSend;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.billing.DocumentMailService;
import io.clientele.billing.StatementMail;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import io.clientele.contact.ContactService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduled statements: each client's schedule, the periods the job finds due, sending each once, "Send statement
 * now", and the log per client.
 *
 * <p>Once per client and period, whatever the nodes do: the job first claims a period by inserting its row (unique key
 * per client and period) in a transaction of its own, then sends it in a second transaction that locks the row, checks
 * it is still pending and still wanted (client live, statements still on) and marks it sent. The e-mail goes out
 * inside that transaction: a refused delivery rolls back and leaves the row pending for the next run; a second node
 * waits on the lock and then finds it sent.
 *
 * <p>Catch-up after downtime: only the <em>latest</em> ended period is ever sent, and only within
 * {@link #CATCH_UP_DAYS} of its end. A job that was down for two months sends the last month's statement once, not a
 * pile of old ones (each statement carries the balance brought forward anyway); a schedule switched on late in a month
 * waits for the next period instead of sending last month's statement weeks late.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class StatementService implements ClaimedSend<DueStatement> {

    /** A period's statement is sent at most this many days after the period ended; later it is left out. */
    public static final int CATCH_UP_DAYS = 20;

    private final StatementScheduleRepository schedules;
    private final StatementSendRepository sends;
    private final DocumentMailService mails;
    private final ContactService contacts;
    private final ClientService clients;
    private final ClientParents parents;
    private final ClientScope scope;
    private final UserDirectory users;
    private final Clock clock;

    StatementService(
            StatementScheduleRepository schedules,
            StatementSendRepository sends,
            DocumentMailService mails,
            ContactService contacts,
            ClientService clients,
            ClientParents parents,
            ClientScope scope,
            UserDirectory users,
            Clock clock) {
        this.schedules = schedules;
        this.sends = sends;
        this.mails = mails;
        this.contacts = contacts;
        this.clients = clients;
        this.parents = parents;
        this.scope = scope;
        this.users = users;
        this.clock = clock;
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    /** The client's schedule (a new, unsaved one without statements if it has none); "not found" if the caller may not see the client. */
    public StatementSchedule schedule(long clientId) {
        scope.require(clientId);
        return schedules.findByClientId(clientId).orElseGet(() -> new StatementSchedule(clientId));
    }

    /**
     * Saves a client's schedule. "Not found" if the caller may not see the client; a stale copy fails with
     * {@code OptimisticLockingFailureException}.
     *
     * @throws RuleViolationException {@code statement.roll-up.no-subsidiaries} when the roll-up is switched on for a
     *     client without subsidiaries the caller may see (switching it off, or keeping it, is always allowed: a
     *     restricted staff member who sees none of them may still change the frequency)
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public StatementSchedule saveSchedule(StatementSchedule edited) {
        long clientId = edited.getClientId();
        scope.require(clientId);
        StatementSchedule target = schedules.findByClientId(clientId).orElse(null);
        if (target == null) {
            if (!edited.isNew()) {
                throw new ObjectOptimisticLockingFailureException(StatementSchedule.class, edited.getId());
            }
            target = new StatementSchedule(clientId);
        } else if (edited.isNew() || target.getVersion() != edited.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(StatementSchedule.class, target.getId());
        }
        if (edited.isRollUpSubsidiaries() && !target.isRollUpSubsidiaries() && !parents.hasSubsidiaries(clientId)) {
            throw new RuleViolationException("statement.roll-up.no-subsidiaries");
        }
        target.setFrequency(edited.getFrequency());
        target.setAttachOpenInvoices(edited.isAttachOpenInvoices());
        target.setRollUpSubsidiaries(edited.isRollUpSubsidiaries());
        return schedules.saveAndFlush(target);
    }

    /**
     * What the client's Statements tab shows, read with one access check: the schedule (see {@link #schedule}), when
     * the next statement goes out (null without statements), to whom (see {@link ContactService#statementRecipients}),
     * and whether the client has subsidiaries the caller may see (issue 22: only then is the roll-up offered).
     */
    public StatementTab tab(long clientId) {
        StatementSchedule schedule = schedule(clientId);
        return new StatementTab(
                schedule, next(schedule), contacts.statementRecipients(clientId), parents.hasSubsidiaries(clientId));
    }

    /** The client's schedule, next statement, recipients and whether it has subsidiaries, as one read. */
    public record StatementTab(
            StatementSchedule schedule,
            @Nullable NextStatement next,
            List<String> recipients,
            boolean hasSubsidiaries) {

        public StatementTab {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * When the schedule's next statement goes out and for which period: today (the next run) while the latest ended
     * period is unsent and within the catch-up, else the day after the next period ends; null without statements.
     */
    private @Nullable NextStatement next(StatementSchedule schedule) {
        StatementFrequency frequency = schedule.getFrequency();
        if (frequency == StatementFrequency.NONE) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        StatementPeriod latest = StatementPeriod.latestEnded(frequency, today);
        boolean done =
                !sends.findDone(List.of(schedule.getClientId()), latest.from()).isEmpty();
        if (!done && withinCatchUp(latest, today)) {
            return new NextStatement(today, latest, true);
        }
        StatementPeriod following = latest.next(frequency);
        return new NextStatement(following.to().plusDays(1), following, false);
    }

    /** When a statement goes out next and which period it covers; {@code dueNow}: with the next run. */
    public record NextStatement(LocalDate sendOn, StatementPeriod period, boolean dueNow) {}

    // ---- the log and "Send statement now" ------------------------------------------------------------------------

    /** The client's statement e-mails, newest first; "not found" if the caller may not see the client. */
    public List<StatementLogRow> log(long clientId, Pageable page) {
        scope.require(clientId);
        List<StatementLogRow> rows = new ArrayList<>();
        for (StatementSend s : sends.findByClient(clientId, PageRequest.of(page.getPageNumber(), PageCap.size(page)))) {
            StatementPeriod period = s.period();
            rows.add(new StatementLogRow(
                    period.from(),
                    period.to(),
                    s.getStatus(),
                    s.getCreatedAt(),
                    s.getSentAt(),
                    s.getSentBy(),
                    s.getRecipients(),
                    s.getAttempts(),
                    s.getLastError()));
        }
        return rows;
    }

    /**
     * Sends the statement of the latest ended period of the client's schedule (the last month without one) now, by
     * hand, to the contacts marked to receive statements. {@code key} is made once per confirmation, so a double click
     * sends once. The job then leaves that period alone.
     *
     * @throws RuleViolationException {@code statement.no-recipients} when no opted-in contact is marked to receive
     *     statements, or what the e-mail refuses ({@code billing.mail.delivery-failed}); nothing is logged then
     * @throws io.clientele.client.ClientNotFoundException if the caller may not see the client
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void sendNow(long clientId, String key) {
        StatementSchedule schedule = schedule(clientId);
        if (sends.findByKey(key).isPresent()) {
            return; // the same confirmation twice: it went out the first time
        }
        List<String> to = requireRecipients(clientId);
        StatementPeriod period = StatementPeriod.latestEnded(schedule.getFrequency(), LocalDate.now(clock));
        StatementSend send = sends.saveAndFlush(new StatementSend(clientId, period, key, clock.instant()));
        mails.sendStatement(clientId, mail(schedule, period, to));
        send.sent(clock.instant(), callerName(), String.join(", ", to));
    }

    /**
     * The statement of a schedule's period. Issue 22: a roll-up lists the subsidiaries the caller may see; the job
     * runs as the system and so rolls up every live subsidiary.
     */
    private static StatementMail mail(StatementSchedule schedule, StatementPeriod period, List<String> to) {
        return new StatementMail(
                period.from(), period.to(), schedule.isAttachOpenInvoices(), to, schedule.isRollUpSubsidiaries());
    }

    private List<String> requireRecipients(long clientId) {
        List<String> to = contacts.statementRecipients(clientId);
        if (to.isEmpty()) {
            throw new RuleViolationException("statement.no-recipients");
        }
        return to;
    }

    private String callerName() {
        Long id = users.currentScope().accountId();
        return id == null ? "" : users.find(id).map(UserRef::displayName).orElse("");
    }

    // ---- the job --------------------------------------------------------------------------------------------------

    /**
     * The statements due on {@code today} among schedules with an id above {@code afterId} (a page of at most
     * {@code limit} read): for each schedule, the latest period ended before today, if it ended at most
     * {@link #CATCH_UP_DAYS} ago and was not sent or skipped before. Trashed clients are listed too: sending skips them
     * with a reason their log shows. Returns the due statements and the last schedule id read ({@code -1}: no more).
     */
    @RolesAllowed(Roles.ADMIN)
    public DuePage due(LocalDate today, long afterId, int limit) {
        List<StatementSchedule> page = schedules.findActive(afterId, PageRequest.of(0, PageCap.size(limit)));
        if (page.isEmpty()) {
            return new DuePage(List.of(), -1);
        }
        List<DueStatement> due = new ArrayList<>();
        for (StatementSchedule schedule : page) {
            StatementPeriod period = StatementPeriod.latestEnded(schedule.getFrequency(), today);
            if (withinCatchUp(period, today)) {
                due.add(new DueStatement(
                        schedule.getClientId(), period, StatementSend.keyOf(schedule.getClientId(), period)));
            }
        }
        Set<LocalDate> starts = new HashSet<>();
        due.forEach(d -> starts.add(d.period().from()));
        for (LocalDate start : starts) {
            List<Long> ids = due.stream()
                    .filter(d -> d.period().from().equals(start))
                    .map(DueStatement::clientId)
                    .toList();
            Set<Long> done = new HashSet<>(sends.findDone(ids, start));
            due.removeIf(d -> d.period().from().equals(start) && done.contains(d.clientId()));
        }
        return new DuePage(due, page.size() < limit ? -1 : page.getLast().getId());
    }

    static boolean withinCatchUp(StatementPeriod period, LocalDate today) {
        long daysAfterEnd = ChronoUnit.DAYS.between(period.to(), today);
        return daysAfterEnd >= 1 && daysAfterEnd <= CATCH_UP_DAYS;
    }

    /** A page of {@link #due}: the statements due and where the next page starts ({@code -1}: this was the last). */
    public record DuePage(List<DueStatement> statements, long nextAfterId) {

        public DuePage {
            statements = List.copyOf(statements);
        }
    }

    /**
     * Claims a due statement by inserting its pending row, in a transaction of its own. A second node's insert of the
     * same key fails on the unique key ({@code DataIntegrityViolationException}); the job then goes on to
     * {@link #sendClaimed}, which finds the row the other node made.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RolesAllowed(Roles.ADMIN)
    @Override
    public void claim(DueStatement due) {
        if (sends.findByKey(due.key()).isEmpty()) {
            sends.saveAndFlush(new StatementSend(due.clientId(), due.period(), due.key(), clock.instant()));
        }
    }

    /**
     * Sends a claimed statement if it is still pending, in one transaction that locks its row: re-checks the client (in
     * the Trash, or statements switched off since: skipped for good, with the reason in the log), e-mails the
     * statement to the contacts marked to receive it and marks it sent. A refused e-mail rolls it all back.
     *
     * @return whether it sent the statement (false when another node was first or it was skipped)
     * @throws RuleViolationException {@code statement.no-recipients} or what the e-mail refuses; the row stays pending
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Override
    public boolean sendClaimed(DueStatement due) {
        StatementSend send = sends.findForUpdate(due.key()).orElse(null);
        if (send == null || send.getStatus() != StatementStatus.PENDING) {
            return false;
        }
        long clientId = send.getClientId();
        // Asked without an exception: one thrown through another feature's service would doom this transaction.
        if (clients.findVisible(clientId).isEmpty()) {
            send.skipped("statement.skipped.client-trashed");
            return false;
        }
        StatementSchedule schedule = schedules.findByClientId(clientId).orElse(null);
        if (schedule == null || schedule.getFrequency() == StatementFrequency.NONE) {
            send.skipped("statement.skipped.off");
            return false;
        }
        List<String> to = requireRecipients(clientId);
        StatementPeriod period = send.period();
        mails.sendStatement(clientId, mail(schedule, period, to));
        send.sent(clock.instant(), "", String.join(", ", to));
        return true;
    }

    /**
     * Notes on a pending statement why it is still pending (the mail server refused it, nobody to send to …), in a
     * transaction of its own after the sending one rolled back; the next run tries again.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @RolesAllowed(Roles.ADMIN)
    @Override
    public void recordFailure(String key, String messageKey) {
        sends.findForUpdate(key).ifPresent(s -> {
            if (s.getStatus() == StatementStatus.PENDING) {
                s.failed(messageKey);
            }
        });
    }
}
