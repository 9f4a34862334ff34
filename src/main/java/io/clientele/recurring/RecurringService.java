package io.clientele.recurring;

import io.clientele.base.domain.DateWindow;
import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentMailService;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentType;
import io.clientele.billing.Invoice;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.MailDraft;
import io.clientele.billing.MailRequest;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recurring invoice profiles: editing them on a client, pausing, resuming and stopping, and billing their due periods
 * for the scheduled job. Each period is billed in a transaction of its own that locks the profile row, creates the
 * invoice through the billing feature, records the run (unique per profile and period) and advances the profile: two
 * nodes running the job at once bill each period once, and a job that was down catches up period by period.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class RecurringService {

    /** Why the job stopped a profile whose client went to the Trash. */
    public static final String REASON_CLIENT_TRASHED = "recurring.reason.client-trashed";

    private static final Logger log = LoggerFactory.getLogger(RecurringService.class);

    private final RecurringProfileRepository profiles;
    private final RecurringRunRepository runs;
    private final ClientService clients;
    private final ClientScope scope;
    private final InvoiceService invoices;
    private final DocumentMailService mails;
    private final DateWindow dates;
    private final SettingsService settings;
    private final Clock clock;

    RecurringService(
            RecurringProfileRepository profiles,
            RecurringRunRepository runs,
            ClientService clients,
            ClientScope scope,
            InvoiceService invoices,
            DocumentMailService mails,
            DateWindow dates,
            SettingsService settings,
            Clock clock) {
        this.profiles = profiles;
        this.runs = runs;
        this.clients = clients;
        this.scope = scope;
        this.invoices = invoices;
        this.mails = mails;
        this.dates = dates;
        this.settings = settings;
        this.clock = clock;
    }

    /** A page of the client's profiles, by title; "not found" if the caller may not see the client. */
    public List<RecurringProfile> forClient(long clientId, Pageable page) {
        scope.require(clientId);
        return profiles.findByClient(clientId, PageRequest.of(page.getPageNumber(), PageCap.size(page)));
    }

    public long countForClient(long clientId) {
        scope.require(clientId);
        return profiles.countByClientId(clientId);
    }

    /** A profile of a client the caller may see, else "not found". */
    public RecurringProfile get(long id) {
        RecurringProfile profile = visible(id);
        profile.getLines().size(); // loaded here: the editor holds the profile detached
        return profile;
    }

    private RecurringProfile visible(long id) {
        RecurringProfile profile = profiles.findById(id).orElseThrow(() -> new RecurringNotFoundException(id));
        try {
            scope.require(profile.getClientId());
        } catch (ClientNotFoundException e) {
            throw new RecurringNotFoundException(id);
        }
        return profile;
    }

    /** A new, unsaved monthly profile for the client: starting today, with the client's payment terms, drafts only. */
    public RecurringProfile newProfile(long clientId) {
        Client client = clients.get(clientId);
        RecurringProfile profile = new RecurringProfile(clientId);
        profile.setStartDate(LocalDate.now(clock));
        profile.setPaymentDays(settings.paymentDays(client.getPaymentTermId()));
        return profile;
    }

    /**
     * Creates or updates a profile. A stopped profile is final; once it billed a period its start date stays (the
     * periods already billed are counted from it). A stale copy fails with {@code OptimisticLockingFailureException}:
     * the job advances the profile too.
     *
     * @throws RuleViolationException naming the first field in breach ({@code recurring.title.required}, …)
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RecurringProfile save(RecurringProfile edited) {
        validate(edited);
        RecurringProfile target;
        if (edited.isNew()) {
            scope.require(edited.getClientId());
            target = edited;
        } else {
            long id = Objects.requireNonNull(edited.getId());
            target = get(id);
            if (target.getVersion() != edited.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(RecurringProfile.class, id);
            }
            if (target.getStatus() == RecurringStatus.STOPPED) {
                throw new RuleViolationException("recurring.stopped.final");
            }
            if (target.getGeneratedCount() > 0 && !target.getStartDate().equals(edited.getStartDate())) {
                throw new RuleViolationException("recurring.start.locked");
            }
            target.setTitle(edited.getTitle());
            target.setFrequency(edited.getFrequency());
            target.setEvery(edited.getEvery());
            target.setStartDate(edited.getStartDate());
            target.setEndDate(edited.getEndDate());
            target.setMaxCount(edited.getMaxCount());
            target.setPaymentDays(edited.getPaymentDays());
            target.setMode(edited.getMode());
            target.setLines(edited.getLines());
        }
        target.setTitle(target.getTitle().strip());
        target.scheduleNext();
        return profiles.saveAndFlush(target);
    }

    private void validate(RecurringProfile p) {
        String title = p.getTitle().strip();
        if (title.isEmpty()) {
            throw new RuleViolationException("recurring.title.required");
        }
        if (title.length() > RecurringProfile.TITLE_MAX) {
            throw new RuleViolationException("recurring.title.too-long", RecurringProfile.TITLE_MAX);
        }
        if (p.getEvery() < 1 || p.getEvery() > RecurringProfile.EVERY_MAX) {
            throw new RuleViolationException("recurring.every.range", RecurringProfile.EVERY_MAX);
        }
        dates.require(p.getStartDate(), "recurring.start.window");
        LocalDate end = p.getEndDate();
        if (end != null && end.isBefore(p.getStartDate())) {
            throw new RuleViolationException("recurring.end.before-start");
        }
        Integer count = p.getMaxCount();
        if (count != null && (count < 1 || count > RecurringProfile.COUNT_MAX)) {
            throw new RuleViolationException("recurring.count.range", RecurringProfile.COUNT_MAX);
        }
        if (p.getPaymentDays() < 0 || p.getPaymentDays() > PaymentTerm.DAYS_MAX) {
            throw new RuleViolationException("recurring.payment-days.range", PaymentTerm.DAYS_MAX);
        }
        if (p.getLines().isEmpty()) {
            throw new RuleViolationException("recurring.lines.required");
        }
        if (p.getLines().size() > RecurringProfile.LINES_MAX) {
            throw new RuleViolationException("recurring.lines.too-many", RecurringProfile.LINES_MAX);
        }
        List<RecurringLine> lines = p.getLines();
        for (int i = 0; i < lines.size(); i++) {
            RecurringLine line = lines.get(i);
            int n = i + 1;
            if (line.getDescription().isBlank()) {
                throw new RuleViolationException("recurring.line.description.required", n);
            }
            if (line.getDescription().length() > RecurringLine.DESCRIPTION_MAX) {
                throw new RuleViolationException(
                        "recurring.line.description.too-long", n, RecurringLine.DESCRIPTION_MAX);
            }
            if (line.getQuantity().signum() <= 0) {
                throw new RuleViolationException("recurring.line.quantity.positive", n);
            }
            if (line.getUnitPrice().signum() < 0) {
                throw new RuleViolationException("recurring.line.price.not-negative", n);
            }
            if (line.getTaxRate().signum() < 0 || line.getTaxRate().compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new RuleViolationException("recurring.line.tax.range", n);
            }
        }
    }

    /** Stops billing until resumed; periods that fall due meanwhile are billed on resume. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RecurringProfile pause(long id) {
        RecurringProfile profile = get(id);
        requireNotStopped(profile);
        profile.changeStatus(RecurringStatus.PAUSED, null);
        return profile;
    }

    /**
     * Resumes a paused profile. Periods that fell due while it was paused are billed by the next run; to skip them,
     * stop this profile and start a new one.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RecurringProfile resume(long id) {
        RecurringProfile profile = get(id);
        requireNotStopped(profile);
        profile.changeStatus(RecurringStatus.ACTIVE, null);
        profile.scheduleNext();
        return profile;
    }

    /** Stops a profile for good; what it created stays. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public RecurringProfile stop(long id) {
        RecurringProfile profile = get(id);
        profile.changeStatus(RecurringStatus.STOPPED, null);
        return profile;
    }

    private static void requireNotStopped(RecurringProfile profile) {
        if (profile.getStatus() == RecurringStatus.STOPPED) {
            throw new RuleViolationException("recurring.stopped.final");
        }
    }

    /**
     * The invoices a profile created, newest period first, with their number and status as they stand. Outside a
     * transaction of its own: each invoice is read in its own, so one deleted since does not spoil the list.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<RecurringRunRow> runs(long profileId, Pageable page) {
        visible(profileId);
        List<RecurringRunRow> rows = new ArrayList<>();
        for (RecurringRun run :
                runs.findByProfile(profileId, PageRequest.of(page.getPageNumber(), PageCap.size(page)))) {
            Invoice invoice = null;
            try {
                invoice = invoices.get(run.getInvoiceId());
            } catch (DocumentNotFoundException e) {
                // a draft someone deleted since: the run stays, so the period is not billed again
            }
            rows.add(new RecurringRunRow(
                    run.getPeriodIndex(),
                    run.getPeriodStart(),
                    run.getInvoiceId(),
                    invoice == null ? null : invoice.getNumber(),
                    invoice == null ? null : invoice.getStatus(),
                    run.getCreatedAt()));
        }
        return rows;
    }

    public long countRuns(long profileId) {
        visible(profileId);
        return runs.countByProfileId(profileId);
    }

    /** An active profile with a period due, and the date it fell due: the job's paging key. */
    public record Due(long id, LocalDate nextDate) {

        /** The key before every due profile (the earliest date MySQL stores). */
        public static final Due FIRST = new Due(0, LocalDate.of(1000, 1, 1));
    }

    /**
     * Active profiles with a period due on or before {@code today}, oldest due first, those after {@code after} (the
     * last of the previous page, or {@link Due#FIRST}), at most {@code limit}. For the job, which pages on, so a
     * profile that fails and stays due never hides the ones behind it.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<Due> due(LocalDate today, Due after, int limit) {
        return profiles.findDue(today, after.nextDate(), after.id(), PageRequest.of(0, limit));
    }

    /**
     * Bills the profile's next period if it is due on {@code today} (the job's date), in one transaction: locks the
     * profile, creates the invoice in the client's currency with the lines' placeholders filled in the client's
     * language, issues and e-mails it as the profile asks, records the run and advances the profile. A profile whose
     * client is in the Trash is stopped with that reason instead. Any failure rolls all of it back, the e-mail
     * included (it goes out last, with an idempotency key per profile and period), so the period is billed again by
     * the next run.
     *
     * @return whether an invoice was created (false when nothing was due, another node was first, or it stopped)
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public boolean billNext(long profileId, LocalDate today) {
        RecurringProfile profile = profiles.findForUpdate(profileId).orElse(null);
        if (profile == null || profile.getStatus() != RecurringStatus.ACTIVE) {
            return false;
        }
        int index = profile.getGeneratedCount();
        if (profile.beyondEnd(index)) {
            profile.scheduleNext();
            profile.changeStatus(RecurringStatus.STOPPED, RecurringProfile.REASON_COMPLETED);
            return false;
        }
        LocalDate start = profile.periodStart(index);
        if (start.isAfter(today)) {
            profile.scheduleNext();
            return false;
        }
        // Asked without an exception: one thrown through the client service would doom this transaction.
        Client client = clients.findVisible(profile.getClientId()).orElse(null);
        if (client == null) {
            profile.changeStatus(RecurringStatus.STOPPED, REASON_CLIENT_TRASHED);
            log.info("Recurring profile {}: client {} is in the Trash; stopped", profileId, profile.getClientId());
            return false;
        }
        LocalDate end = profile.periodStart(index + 1L).minusDays(1);
        Locale locale = Locale.forLanguageTag(client.getLanguage());
        Invoice invoice = invoices.newInvoice(client.getId());
        invoice.setIssueDate(today);
        invoice.setDueDate(today.plusDays(profile.getPaymentDays()));
        List<DocumentLine> lines = new ArrayList<>();
        for (RecurringLine line : profile.getLines()) {
            lines.add(new DocumentLine(
                    Placeholders.render(line.getDescription(), start, end, locale),
                    line.getQuantity(),
                    line.getUnitPrice(),
                    line.getTaxRate()));
        }
        invoice.setLines(lines);
        long invoiceId = Objects.requireNonNull(invoices.save(invoice).getId());
        runs.saveAndFlush(new RecurringRun(profileId, index, start, invoiceId, clock.instant()));
        profile.advance();
        switch (profile.getMode()) {
            case DRAFT -> {}
            case ISSUE -> invoices.issue(invoiceId);
            case ISSUE_AND_EMAIL -> {
                invoices.issue(invoiceId);
                mail(profileId, index, invoiceId);
            }
        }
        return true;
    }

    private void mail(long profileId, int index, long invoiceId) {
        MailDraft draft = mails.draftRecurring(invoiceId);
        if (draft.to().isEmpty()) {
            // Nobody to send it to: the invoice stays issued and unsent rather than holding up every later period.
            log.info("Recurring profile {}: invoice {} issued, not e-mailed: no recipient", profileId, invoiceId);
            return;
        }
        mails.send(
                DocumentType.INVOICE,
                invoiceId,
                new MailRequest(
                        "recurring-" + profileId + "-" + index,
                        draft.to(),
                        draft.cc(),
                        draft.bcc(),
                        draft.subject(),
                        draft.body()));
    }

    /**
     * Pauses a profile whose next invoice the billing rules refused (an address Settings require, a total of zero),
     * with that rule's message as the reason shown on the profile. A user fixes the cause and resumes it.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void pauseAfterFailure(long profileId, RuleViolationException refusal) {
        profiles.findForUpdate(profileId).ifPresent(p -> {
            if (p.getStatus() == RecurringStatus.ACTIVE) {
                p.changeStatus(RecurringStatus.PAUSED, refusal.getMessageKey(), refusal.getArguments());
            }
        });
    }
}
