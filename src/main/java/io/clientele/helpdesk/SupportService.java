package io.clientele.helpdesk;

import io.clientele.attachment.AttachmentFile;
import io.clientele.attachment.AttachmentService;
import io.clientele.attachment.StoredFile;
import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.PlainText;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.billing.BillingDocument;
import io.clientele.billing.Invoice;
import io.clientele.billing.Quote;
import io.clientele.billing.ReceivedDocuments;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import io.clientele.project.ProjectService;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Support requests and their threads: the one owner of their rules. A request belongs to a client and is read
 * through {@link ClientScope} like the client itself: a Client Center login reaches only its own client's requests
 * (the Client Center's service decides first whether its support section is open), restricted staff only the
 * requests of their own clients, and a request the caller may not see is "not found", like one that does not exist.
 * Messages are plain text of at most {@link SupportMessage#BODY_MAX} characters; a file goes through the attachment
 * rules. The other side hears of each new message by e-mail after the commit ({@link SupportMail}).
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class SupportService {

    /** A file sent with a message: the name the browser gave and its content, checked by the attachment rules. */
    public record Upload(String fileName, InputStream content) {}

    private final SupportRequestRepository requests;
    private final SupportMessageRepository messages;
    private final SupportQueries queries;
    private final ClientScope scope;
    private final ClientService clients;
    private final ReceivedDocuments documents;
    private final ProjectService projects;
    private final AttachmentService attachments;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SupportService(
            SupportRequestRepository requests,
            SupportMessageRepository messages,
            SupportQueries queries,
            ClientScope scope,
            ClientService clients,
            ReceivedDocuments documents,
            ProjectService projects,
            AttachmentService attachments,
            UserDirectory users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.queries = queries;
        this.scope = scope;
        this.clients = clients;
        this.documents = documents;
        this.projects = projects;
        this.attachments = attachments;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** The largest file a message may carry: the attachment rules' limit. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public long maxFileBytes() {
        return attachments.maxSize().toBytes();
    }

    /** The file types a message may carry, without dots: the attachment rules' allow-list. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public List<String> fileTypes() {
        return attachments.allowedExtensions();
    }

    // ---- The Client Center: always for the caller's own client, which the guard checks first. ----

    /**
     * Opens a request for the caller's client with its first message. The link, if any, must name an issued invoice
     * or quote or a project of that same client.
     *
     * @throws RuleViolationException for a missing or too long subject or message, a refused file, or a link to
     *                                anything but the client's own record
     * @throws ClientNotFoundException when the client is not the caller's
     */
    @Transactional
    @RolesAllowed(Roles.CLIENT)
    public SupportThread open(
            long clientId, String subject, String message, SupportLink.@Nullable Target link, @Nullable Upload file) {
        scope.require(clientId);
        String title = checkedSubject(subject);
        String body = checkedBody(message);
        @Nullable SupportLink confirmed = link == null ? null : confirmLink(clientId, link);
        Author author = caller();
        SupportRequest request = requests.save(
                new SupportRequest(clientId, author.id(), author.name(), title, confirmed, clock.instant()));
        post(request, true, author, body, file);
        return thread(request);
    }

    /** The caller's client's requests, latest activity first. */
    @RolesAllowed(Roles.CLIENT)
    public List<SupportSummary> requestsOf(long clientId, Pageable page) {
        scope.require(clientId);
        return requests
                .findByClientIdOrderByLastMessageAtDescIdDesc(
                        clientId, PageRequest.of(page.getPageNumber(), PageCap.size(page)))
                .stream()
                .map(r -> new SupportSummary(
                        Objects.requireNonNull(r.getId()),
                        r.getSubject(),
                        r.getStatus(),
                        r.getCreatedAt(),
                        r.getLastMessageAt()))
                .toList();
    }

    @RolesAllowed(Roles.CLIENT)
    public long countRequestsOf(long clientId) {
        scope.require(clientId);
        return requests.countByClientId(clientId);
    }

    /** One of the client's requests with its thread; empty for another client's or an unknown id. */
    @RolesAllowed(Roles.CLIENT)
    public Optional<SupportThread> threadOf(long clientId, long requestId) {
        scope.require(clientId);
        return requests.findByIdAndClientId(requestId, clientId).map(this::thread);
    }

    /**
     * Adds the client's reply to one of its requests; a closed request opens again, since the client still needs an
     * answer.
     *
     * @throws SupportRequestNotFoundException for another client's request or an unknown id
     * @throws RuleViolationException for a missing or too long message or a refused file
     */
    @Transactional
    @RolesAllowed(Roles.CLIENT)
    public SupportThread replyAsClient(long clientId, long requestId, String message, @Nullable Upload file) {
        scope.require(clientId);
        SupportRequest request = requests.findByIdAndClientId(requestId, clientId)
                .orElseThrow(() -> new SupportRequestNotFoundException(requestId));
        String body = checkedBody(message);
        if (request.getStatus() == SupportStatus.CLOSED) {
            request.reopen();
        }
        post(request, true, caller(), body, file);
        return thread(request);
    }

    /** A file attached to a message of one of the client's requests. */
    @RolesAllowed(Roles.CLIENT)
    public AttachmentFile fileOf(long clientId, long messageId) {
        scope.require(clientId);
        SupportMessage message = messages.findById(messageId).orElseThrow(() -> notFound(messageId));
        requests.findByIdAndClientId(message.getRequestId(), clientId).orElseThrow(() -> notFound(messageId));
        return read(message);
    }

    // ---- The back office: every request of the clients the caller may see. ----

    /** One page of the requests of the clients the caller may see, latest activity first. */
    public List<SupportRow> page(SupportFilter filter, Pageable page) {
        if (filter.clientId() != null) {
            scope.require(filter.clientId());
        }
        List<SupportRow> rows = queries.rows(filter, scope.caller().accountId(), page.getOffset(), PageCap.size(page));
        Map<Long, String> names =
                names(rows.stream().map(SupportRow::assigneeId).toList());
        return rows.stream()
                .map(r -> r.assigneeId() == null ? r : r.withAssigneeName(names.get(r.assigneeId())))
                .toList();
    }

    public long count(SupportFilter filter) {
        if (filter.clientId() != null) {
            scope.require(filter.clientId());
        }
        return queries.count(filter, scope.caller().accountId());
    }

    /**
     * A request with its thread.
     *
     * @throws SupportRequestNotFoundException when it does not exist or its client is not visible to the caller
     */
    public SupportThread thread(long requestId) {
        return thread(visible(requestId));
    }

    /**
     * Every request of a client with its whole thread, oldest first: what the client's data on request holds.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    public List<SupportThread> forClient(long clientId) {
        scope.require(clientId);
        return requests.findByClientIdOrderByCreatedAtAscIdAsc(clientId).stream()
                .map(this::thread)
                .toList();
    }

    /**
     * Adds a staff reply; the login that opened the request is told by e-mail, in the client's language.
     *
     * @throws RuleViolationException for a missing or too long message or a refused file
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SupportThread reply(long requestId, String message, @Nullable Upload file) {
        SupportRequest request = visible(requestId);
        post(request, false, caller(), checkedBody(message), file);
        return thread(request);
    }

    /**
     * Gives the request to a staff member (null: to nobody).
     *
     * @throws RuleViolationException when the account is no enabled staff member or administrator
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SupportThread assign(long requestId, @Nullable Long assigneeId) {
        SupportRequest request = visible(requestId);
        if (assigneeId != null && assignees().stream().noneMatch(u -> u.id() == assigneeId)) {
            throw new RuleViolationException("support.assign.not-staff");
        }
        request.assign(assigneeId);
        return thread(requests.saveAndFlush(request));
    }

    /** The staff members a request can be given to, by name. */
    public List<UserRef> assignees() {
        return users.staff("", 0, PageCap.MAX_PAGE_SIZE);
    }

    /** Closes the request: answered, nothing more to do. A client's later reply opens it again. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SupportThread close(long requestId) {
        SupportRequest request = visible(requestId);
        if (request.getStatus() != SupportStatus.CLOSED) {
            request.close(clock.instant());
        }
        return thread(requests.saveAndFlush(request));
    }

    /** Opens a closed request again. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public SupportThread reopen(long requestId) {
        SupportRequest request = visible(requestId);
        request.reopen();
        return thread(requests.saveAndFlush(request));
    }

    /** A file attached to a message of a request the caller may see. */
    public AttachmentFile file(long messageId) {
        SupportMessage message = messages.findById(messageId).orElseThrow(() -> notFound(messageId));
        visible(message.getRequestId());
        return read(message);
    }

    // ---- Rules ----

    private SupportRequest visible(long requestId) {
        SupportRequest request =
                requests.findById(requestId).orElseThrow(() -> new SupportRequestNotFoundException(requestId));
        try {
            scope.require(request.getClientId());
        } catch (ClientNotFoundException e) {
            throw new SupportRequestNotFoundException(requestId);
        }
        return request;
    }

    private void post(SupportRequest request, boolean fromClient, Author author, String body, @Nullable Upload file) {
        // The file last: the attachment rules refuse before anything is kept, and a refusal rolls the rows back.
        @Nullable StoredFile stored = file == null ? null : attachments.keep(file.fileName(), file.content());
        Instant now = clock.instant();
        long requestId = Objects.requireNonNull(request.getId());
        SupportMessage message =
                messages.save(new SupportMessage(requestId, fromClient, author.id(), author.name(), body, stored, now));
        request.messageAdded(now);
        requests.save(request);
        Client client = clients.findVisible(request.getClientId())
                .orElseThrow(() -> new SupportRequestNotFoundException(requestId));
        @Nullable
        Long recipient = fromClient
                ? (request.getAssigneeId() != null ? request.getAssigneeId() : client.getOwnerId())
                : request.getOpenedById();
        events.publishEvent(new SupportMessagePosted(
                Objects.requireNonNull(message.getId()),
                requestId,
                fromClient,
                recipient,
                client.getName(),
                client.getLanguage()));
    }

    /** Only the client's own records may be linked: an issued invoice or quote, or a project. */
    private SupportLink confirmLink(long clientId, SupportLink.Target target) {
        Optional<String> label = switch (target.type()) {
            case INVOICE ->
                documents.issuedOf(Invoice.class, clientId, target.id()).map(SupportService::number);
            case QUOTE -> documents.issuedOf(Quote.class, clientId, target.id()).map(SupportService::number);
            case PROJECT -> projects.projectOf(clientId, target.id()).map(p -> p.getName());
        };
        String text = label.orElseThrow(() -> new RuleViolationException("support.link.refused"));
        return new SupportLink(
                target.type(),
                target.id(),
                text.length() > SupportLink.LABEL_MAX ? text.substring(0, SupportLink.LABEL_MAX) : text);
    }

    private static String number(BillingDocument d) {
        return Objects.requireNonNullElse(d.getNumber(), "#" + d.getId());
    }

    private SupportThread thread(SupportRequest r) {
        long id = Objects.requireNonNull(r.getId());
        List<SupportThread.Post> posts = messages.findByRequestIdOrderByCreatedAtAscIdAsc(id).stream()
                .map(SupportService::post)
                .toList();
        @Nullable
        String assignee = r.getAssigneeId() == null
                ? null
                : users.find(r.getAssigneeId()).map(UserRef::displayName).orElse("#" + r.getAssigneeId());
        return new SupportThread(
                id,
                r.getClientId(),
                r.getSubject(),
                r.getStatus(),
                r.getAssigneeId(),
                assignee,
                r.getLink(),
                r.getOpenedByName(),
                r.getCreatedAt(),
                posts);
    }

    private static SupportThread.Post post(SupportMessage m) {
        @Nullable StoredFile file = m.getFile();
        return new SupportThread.Post(
                Objects.requireNonNull(m.getId()),
                m.isFromClient(),
                m.getAuthorName(),
                m.getBody(),
                m.getCreatedAt(),
                file == null ? null : file.name(),
                file == null ? 0 : file.size());
    }

    private AttachmentFile read(SupportMessage message) {
        StoredFile file = message.getFile();
        if (file == null) {
            throw notFound(Objects.requireNonNull(message.getId()));
        }
        return attachments.read(file);
    }

    private Map<Long, String> names(Collection<@Nullable Long> ids) {
        List<Long> known = ids.stream()
                .filter(Objects::nonNull)
                .map(Long::longValue)
                .distinct()
                .toList();
        return known.isEmpty()
                ? Map.of()
                : users.find(known).stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName));
    }

    private Author caller() {
        CallerScope caller = scope.caller();
        @Nullable Long id = caller.accountId();
        String name =
                id == null ? "system" : users.find(id).map(UserRef::displayName).orElse("#" + id);
        return new Author(id, name);
    }

    private static String checkedSubject(String subject) {
        String text = PlainText.cleanNonNull(subject).strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("support.subject.required");
        }
        if (text.length() > SupportRequest.SUBJECT_MAX) {
            throw new RuleViolationException("support.subject.too-long", SupportRequest.SUBJECT_MAX);
        }
        return text;
    }

    /** Plain text, kept as typed (line breaks included); shown as text everywhere, never as HTML. */
    private static String checkedBody(String message) {
        String text = message.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("support.message.required");
        }
        if (text.length() > SupportMessage.BODY_MAX) {
            throw new RuleViolationException("support.message.too-long", SupportMessage.BODY_MAX);
        }
        return text;
    }

    private static SupportRequestNotFoundException notFound(long id) {
        return new SupportRequestNotFoundException(id);
    }

    private record Author(@Nullable Long id, String name) {}
}
