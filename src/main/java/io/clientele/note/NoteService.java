package io.clientele.note;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes on a client's timeline. Everyone who may see the client reads them; those who may edit the client
 * (ADMIN, STAFF) add notes; only a note's author edits it; the author or an administrator deletes it. A client the
 * caller may not see is "not found" here too.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class NoteService {

    private final ClientNoteRepository notes;
    private final ClientScope clients;
    private final UserDirectory users;
    private final Clock clock;

    NoteService(ClientNoteRepository notes, ClientScope clients, UserDirectory users, Clock clock) {
        this.notes = notes;
        this.clients = clients;
        this.users = users;
        this.clock = clock;
    }

    /** One page of the client's notes, newest first, with what the caller may do with each. */
    public List<NoteRow> page(long clientId, Pageable page) {
        clients.require(clientId);
        Pageable newestFirst = PageRequest.of(
                page.getPageNumber(),
                Math.min(page.getPageSize(), ClientService.MAX_PAGE_SIZE),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
        CallerScope caller = clients.caller();
        boolean admin = caller.isAdmin();
        boolean editor = caller.mayEdit();
        return notes.findByClientId(clientId, newestFirst).stream()
                .map(n -> {
                    boolean own = caller.is(n.getAuthorId());
                    return new NoteRow(
                            Objects.requireNonNull(n.getId()),
                            n.getVersion(),
                            n.getAuthorName(),
                            n.getBody(),
                            n.getCreatedAt(),
                            n.getEditedAt(),
                            own && editor,
                            (own && editor) || admin);
                })
                .toList();
    }

    public long count(long clientId) {
        clients.require(clientId);
        return notes.countByClientId(clientId);
    }

    /** Adds a note by the caller, dated now. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ClientNote add(long clientId, String body) {
        clients.require(clientId);
        String text = checked(body);
        @Nullable Long caller = clients.caller().accountId();
        String name = caller == null
                ? "system"
                : users.find(caller).map(UserRef::displayName).orElse("#" + caller);
        return notes.save(new ClientNote(clientId, caller, name, text, clock.instant()));
    }

    /**
     * Changes the text of the caller's own note.
     *
     * @param version the version the caller saw; if someone changed the note since, nothing is saved and Spring's
     *                {@code OptimisticLockingFailureException} says so
     * @throws AccessDeniedException when the caller did not write the note
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ClientNote edit(long noteId, long version, String body) {
        ClientNote note = visible(noteId);
        if (!isAuthor(note)) {
            throw new AccessDeniedException("Only the author edits a note");
        }
        if (note.getVersion() != version) {
            throw new OptimisticLockingFailureException("Note " + noteId + " changed meanwhile");
        }
        note.edit(checked(body), clock.instant());
        return notes.saveAndFlush(note);
    }

    /**
     * Deletes a note: the author's own, or any note for an administrator.
     *
     * @throws AccessDeniedException for anybody else
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void delete(long noteId) {
        ClientNote note = visible(noteId);
        if (!isAuthor(note) && !clients.caller().isAdmin()) {
            throw new AccessDeniedException("Only the author or an administrator deletes a note");
        }
        notes.delete(note);
    }

    private ClientNote visible(long noteId) {
        ClientNote note = notes.findById(noteId).orElseThrow(() -> new RuleViolationException("client.notes.gone"));
        clients.require(note.getClientId());
        return note;
    }

    private boolean isAuthor(ClientNote note) {
        return clients.caller().is(note.getAuthorId());
    }

    private static String checked(String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("client.notes.body.required");
        }
        if (text.length() > ClientNote.BODY_MAX) {
            throw new RuleViolationException("client.notes.body.too-long", ClientNote.BODY_MAX);
        }
        return text;
    }
}
