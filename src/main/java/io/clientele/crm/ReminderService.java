package io.clientele.crm;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.mail.MailIdentity;
import io.clientele.base.mail.MailTexts;
import io.clientele.base.mail.Mailer;
import io.clientele.base.mail.OutgoingMail;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.Client;
import io.clientele.client.ClientDirectory;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders on clients: create, list (per client, or the caller's own), mark done, and the e-mail announcing a due
 * reminder, sent once. A reminder is visible to whoever may see its client, and always to the staff member it is
 * for.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ReminderService {

    public static final int MAX_PAGE_SIZE = 200;

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);
    private static final String BUNDLE = "reminder-mail.messages";

    private final ReminderRepository reminders;
    private final ReminderQueries queries;
    private final ClientService clients;
    private final ClientDirectory clientNames;
    private final ClientScope scope;
    private final UserDirectory users;
    private final Mailer mailer;
    private final Clock clock;
    private final MailIdentity identity;

    ReminderService(
            ReminderRepository reminders,
            ReminderQueries queries,
            ClientService clients,
            ClientDirectory clientNames,
            ClientScope scope,
            UserDirectory users,
            Mailer mailer,
            Clock clock,
            MailIdentity identity) {
        this.reminders = reminders;
        this.queries = queries;
        this.clients = clients;
        this.clientNames = clientNames;
        this.scope = scope;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
        this.identity = identity;
    }

    /**
     * Adds a reminder to a client the caller may see, for a back-office user.
     *
     * @throws RuleViolationException when the description is blank or too long, or the staff member is unknown
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Reminder create(long clientId, Instant dueAt, String description, long assigneeId, boolean byEmail) {
        scope.require(clientId);
        String text = description.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("reminder.description.required");
        }
        if (text.length() > Reminder.DESCRIPTION_MAX) {
            throw new RuleViolationException("reminder.description.too-long", Reminder.DESCRIPTION_MAX);
        }
        if (users.find(assigneeId).isEmpty()) {
            throw new RuleViolationException("reminder.assignee.unknown");
        }
        return reminders.saveAndFlush(new Reminder(clientId, assigneeId, dueAt, text, byEmail, clock.instant()));
    }

    /** One page of a client's reminders: open ones first (overdue on top), then done ones. */
    public List<ReminderRow> forClient(long clientId, Pageable page) {
        scope.require(clientId);
        return rows(reminders.findForClient(clientId, capped(page)));
    }

    public long countForClient(long clientId) {
        scope.require(clientId);
        return reminders.countForClient(clientId);
    }

    /** One page of the caller's own reminders: open ones first (overdue on top), done ones only if asked. */
    public List<ReminderRow> mine(boolean withDone, Pageable page) {
        return me().map(id -> rows(queries.forAssignee(id, withDone, capped(page))))
                .orElse(List.of());
    }

    public long countMine(boolean withDone) {
        return me().map(id -> queries.countForAssignee(id, withDone)).orElse(0L);
    }

    /**
     * Marks a reminder done (a no-op if it already is). Allowed to the staff member it is for and to whoever may see
     * its client.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void markDone(long id) {
        Reminder reminder = reminders.findById(id).orElseThrow(() -> new RuleViolationException("reminder.gone"));
        if (!me().map(m -> m == reminder.getAssigneeId()).orElse(false)) {
            scope.require(reminder.getClientId());
        }
        if (reminder.getDoneAt() == null) {
            reminder.setDoneAt(clock.instant());
        }
    }

    /** Ids of open reminders to be announced by e-mail whose time has come, oldest first; at most {@code limit}. */
    @RolesAllowed(Roles.ADMIN)
    public List<Long> dueForMail(int limit) {
        return reminders.findDueForMail(clock.instant(), PageRequest.of(0, Math.min(limit, MAX_PAGE_SIZE)));
    }

    /**
     * Sends one due reminder's e-mail, at most once: the row is claimed (notified_at set) in the same transaction, so
     * a second run, or another node, finds nothing to send; a failed delivery rolls the claim back for the next run.
     *
     * @return whether an e-mail went out
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public boolean sendDueMail(long id) {
        if (reminders.claimForMail(id, clock.instant()) == 0) {
            return false;
        }
        Reminder reminder = reminders.findById(id).orElseThrow();
        Optional<String> email = users.email(reminder.getAssigneeId());
        Optional<UserRef> user = users.find(reminder.getAssigneeId());
        if (email.isEmpty() || user.isEmpty()) {
            log.info("Reminder {}: staff member {} has no e-mail address", id, reminder.getAssigneeId());
            return false;
        }
        Locale locale = users.preferredLanguage(user.get().username())
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
        MailTexts texts = new MailTexts(BUNDLE, locale);
        Client client;
        try {
            client = clients.get(reminder.getClientId());
        } catch (ClientNotFoundException e) {
            log.info("Reminder {}: client {} is in the Trash, no e-mail", id, reminder.getClientId());
            return false;
        }
        String due = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(reminder.getDueAt());
        Object[] args = {
            user.get().displayName(),
            client.getName(),
            due,
            reminder.getDescription(),
            identity.url("clients/" + client.getId())
        };
        mailer.send(new OutgoingMail(
                identity.from(),
                identity.senderName(),
                List.of(email.get()),
                List.of(),
                List.of(),
                texts.text("reminder.subject", args),
                texts.text("reminder.body", args),
                List.of()));
        return true;
    }

    private Optional<Long> me() {
        return Optional.ofNullable(scope.caller().accountId());
    }

    private static Pageable capped(Pageable page) {
        return PageRequest.of(page.getPageNumber(), Math.min(page.getPageSize(), MAX_PAGE_SIZE));
    }

    private List<ReminderRow> rows(List<Reminder> found) {
        Map<Long, String> names =
                users.find(found.stream().map(Reminder::getAssigneeId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(UserRef::id, UserRef::displayName, (a, b) -> a));
        Map<Long, String> clientsById =
                clientNames.names(found.stream().map(Reminder::getClientId).collect(Collectors.toSet()));
        Instant now = clock.instant();
        return found.stream()
                .map(m -> new ReminderRow(
                        Objects.requireNonNull(m.getId()),
                        m.getClientId(),
                        clientsById.getOrDefault(m.getClientId(), ""),
                        m.getDueAt(),
                        m.getDescription(),
                        m.getAssigneeId(),
                        names.getOrDefault(m.getAssigneeId(), ""),
                        m.isByEmail(),
                        m.getDoneAt(),
                        m.getDoneAt() == null && m.getDueAt().isBefore(now)))
                .toList();
    }
}
