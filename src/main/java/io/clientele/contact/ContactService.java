package io.clientele.contact;

import io.clientele.base.domain.LikePattern;
import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.mail.MailAddresses;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.CustomFields;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's contacts: listing, saving, trash and restore, and the rule that a client with live contacts has exactly
 * one primary contact (except right after the primary was trashed, until the user picks the next one).
 *
 * <p>Every change that can touch the primary first locks the client's row, so two changes for one client run one
 * after the other. They run in READ COMMITTED: having waited for the lock, a change must see what the change before
 * it committed, while MySQL's default REPEATABLE READ could keep showing a snapshot taken before the wait. The unique
 * index on {@code primary_client_id} stays the last line of defence; its violation becomes a
 * {@code contact.primary.conflict} rule violation.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ContactService {

    /** Name of the unique index that allows one live primary per client (see changelog 0003). */
    static final String PRIMARY_GUARD = "ux_contacts_primary_client";

    private static final long NO_ID = -1;

    private final ContactRepository contacts;
    private final ClientService clients;
    private final ClientScope scope;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UserDirectory users;
    private final CustomFields customFields;

    ContactService(
            ContactRepository contacts,
            ClientService clients,
            ClientScope scope,
            Clock clock,
            ApplicationEventPublisher events,
            UserDirectory users,
            CustomFields customFields) {
        this.contacts = contacts;
        this.clients = clients;
        this.scope = scope;
        this.clock = clock;
        this.events = events;
        this.users = users;
        this.customFields = customFields;
    }

    /**
     * Clients a Client Center login can be made for: live, active, with an e-mail address of their own or on a live
     * contact (that address is offered for the login), by name. For administrators, who see every client.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<ClientChoice> clientChoices(String search, int offset, int limit) {
        int size = PageCap.size(limit);
        return contacts.clientChoices(LikePattern.containingLowerCase(search), PageRequest.of(offset / size, size));
    }

    /**
     * One page of a client's contacts: live ones first with the primary on top, then by name; trashed ones after them
     * only when asked for. The page size is capped at {@link PageCap#MAX_PAGE_SIZE}.
     */
    public List<ContactRow> page(long clientId, boolean withTrashed, Pageable page) {
        scope.require(clientId);
        return contacts.findRows(clientId, withTrashed, PageRequest.of(page.getPageNumber(), PageCap.size(page)));
    }

    /**
     * Who receives the client's statements: the addresses of its live contacts marked to receive them, as long as
     * they agreed to receive e-mail (an opted-out contact never gets one), each address once and only if a mail
     * server would take it. Empty when nobody is marked.
     */
    public List<String> statementRecipients(long clientId) {
        scope.require(clientId);
        Map<String, String> unique = new LinkedHashMap<>();
        for (String email : contacts.findStatementAddresses(clientId)) {
            if (MailAddresses.isValid(email)) {
                unique.putIfAbsent(MailAddresses.normalize(email), email.strip());
            }
        }
        return List.copyOf(unique.values());
    }

    /** How many contacts {@link #page} lists in all. */
    public long count(long clientId, boolean withTrashed) {
        scope.require(clientId);
        long live = contacts.countLive(clientId);
        return withTrashed ? live + contacts.countTrashed(clientId) : live;
    }

    /** Live and trashed counts and the primary contact's id, if the client has one. */
    public ContactSummary summary(long clientId) {
        scope.require(clientId);
        return new ContactSummary(
                contacts.countLive(clientId),
                contacts.countTrashed(clientId),
                contacts.findPrimaryId(clientId).orElse(null));
    }

    /** A live contact of a client the caller may see, with its client and linked individual loaded, for a form. */
    public Contact get(long id) {
        return contacts.findLive(id)
                .filter(c -> scope.canSee(c.getClient()))
                .orElseThrow(() -> new ContactNotFoundException(id));
    }

    /**
     * A new, unsaved contact for a live client, with the defaults a form should show: a client's first contact is
     * primary and the default To recipient of quotes and invoices; later ones start as not primary and not
     * addressed ({@link RecipientRole#NONE}), so adding a contact never changes who receives documents.
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Contact newContact(long clientId) {
        Contact contact = new Contact(clients.get(clientId));
        boolean first = contacts.countLive(clientId) == 0;
        contact.setPrimary(first);
        contact.setDefaultRole(first ? RecipientRole.TO : RecipientRole.NONE);
        return contact;
    }

    /**
     * Creates or updates a live contact. A blank name is filled from first and last name. The client's first live
     * contact becomes primary whatever was asked; asking for primary demotes the previous primary in the same
     * transaction; unticking primary on the primary is refused ({@code contact.primary.required-once-any}) while
     * other live contacts exist: the user makes another one primary instead. A stale copy fails with Spring's
     * {@code OptimisticLockingFailureException}; a contact or client trashed meanwhile with
     * {@link ContactNotFoundException} / {@link ClientNotFoundException}.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Contact save(Contact contact) {
        long clientId = Objects.requireNonNull(contact.getClient().getId(), "client must be saved");
        Client client = clients.lockForUpdate(clientId);
        @Nullable Contact stored = null;
        if (!contact.isNew()) {
            long id = Objects.requireNonNull(contact.getId());
            stored = contacts.findLive(id).orElseThrow(() -> new ContactNotFoundException(id));
            if (!Objects.equals(stored.getClient().getId(), clientId)) {
                throw new ContactNotFoundException(id); // a contact never moves to another client
            }
        }
        contact.setClient(client);
        contact.setIndividual(individualFor(contact, client, stored));
        if (contact.getName().isBlank()) {
            contact.setName(Contact.joinName(contact.getFirstName(), contact.getLastName()));
        }
        if (contact.getName().isBlank()) {
            throw new RuleViolationException("contact.save.name-missing");
        }
        long id = contact.isNew() ? NO_ID : Objects.requireNonNull(contact.getId());
        long others = contact.isNew() ? contacts.countLive(clientId) : contacts.countLiveOthers(clientId, id);
        if (others == 0) {
            contact.setPrimary(true);
        } else if (!contact.isPrimary() && stored != null && stored.isLivePrimary()) {
            throw new RuleViolationException("contact.primary.required-once-any");
        }
        if (contact.isPrimary()) {
            contacts.demotePrimary(clientId, id, clock.instant());
        }
        // Issue 22: a mandatory contact field is as mandatory as the name, checked before anything is written.
        Map<Long, Object> custom = customFields
                .checkedContacts(single(contact.getCustomValues()), List.of(contact.isNew()))
                .getFirst();
        consent(contact, stored, ConsentSource.BACK_OFFICE);
        Contact saved = guarded(() -> contacts.saveAndFlush(contact));
        if (custom != null) {
            customFields.writeContact(clientId, Objects.requireNonNull(saved.getId()), custom);
        }
        published(saved, true);
        return saved;
    }

    /**
     * Creates many new contacts at once (an import), each for the client whose id it is listed under, with the rules
     * of {@link #save} for a new contact applied as if they were saved one after the other in this order: a blank
     * name is filled from first and last name (none at all is refused); a client's first live contact becomes
     * primary; one asking for primary demotes the client's previous primary. The clients are locked once, their live
     * counts read once, the previous primaries demoted in one statement, the contacts written with one flush.
     * Contacts that link an individual are not taken: {@link #save} judges those.
     *
     * @throws ClientNotFoundException when a client is not live or not visible to the caller
     * @throws RuleViolationException {@code contact.save.name-missing} for a contact without any name
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<Contact> addAll(Map<Long, List<Contact>> byClient) {
        if (byClient.isEmpty()) {
            return List.of();
        }
        Map<Long, Client> locked = clients.lockAllForUpdate(byClient.keySet());
        Map<Long, Long> live = new HashMap<>();
        for (Object[] r : contacts.countLiveByClients(byClient.keySet())) {
            live.put((Long) r[0], (Long) r[1]);
        }
        List<Contact> bulk = new ArrayList<>();
        Set<Long> demote = new HashSet<>();
        byClient.forEach((clientId, list) -> {
            Client client = locked.get(clientId);
            Contact primary = null;
            long count = live.getOrDefault(clientId, 0L);
            for (Contact contact : list) {
                if (!contact.isNew()) {
                    throw new IllegalArgumentException("addAll takes new contacts");
                }
                contact.setClient(client);
                if (contact.getIndividual() != null) {
                    throw new IllegalArgumentException("addAll takes contacts without a linked individual");
                }
                if (contact.getName().isBlank()) {
                    contact.setName(Contact.joinName(contact.getFirstName(), contact.getLastName()));
                }
                if (contact.getName().isBlank()) {
                    throw new RuleViolationException("contact.save.name-missing");
                }
                if (count == 0) {
                    contact.setPrimary(true);
                }
                if (contact.isPrimary()) {
                    // As save() one after the other would: the newest primary wins, the earlier one is demoted.
                    if (primary != null) {
                        primary.setPrimary(false);
                    }
                    primary = contact;
                    if (live.getOrDefault(clientId, 0L) > 0) {
                        demote.add(clientId);
                    }
                }
                consent(contact, null, ConsentSource.IMPORT);
                count++;
                bulk.add(contact);
            }
        });
        // Issue 22: an imported contact lacking a mandatory contact field is refused like one saved in the form.
        List<@Nullable Map<Long, Object>> custom = customFields.checkedContacts(
                bulk.stream().map(Contact::getCustomValues).toList(),
                bulk.stream().map(c -> true).toList());
        if (!demote.isEmpty()) {
            contacts.demotePrimaries(demote, clock.instant());
        }
        List<Contact> written = guarded(() -> {
            List<Contact> saved = contacts.saveAll(bulk);
            contacts.flush();
            return saved;
        });
        for (int i = 0; i < written.size(); i++) {
            Map<Long, Object> values = custom.get(i);
            if (values != null) {
                Contact c = written.get(i);
                customFields.writeContact(
                        Objects.requireNonNull(c.getClient().getId()), Objects.requireNonNull(c.getId()), values);
            }
        }
        return written;
    }

    /** Makes a live contact its client's primary contact, demoting the previous one. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Contact makePrimary(long id) {
        long clientId = lockClientOf(id);
        Contact contact = get(id);
        if (contact.isLivePrimary()) {
            return contact;
        }
        contacts.demotePrimary(clientId, id, clock.instant());
        contact.setPrimary(true);
        return guarded(() -> contacts.saveAndFlush(contact));
    }

    /**
     * Moves a contact to the trash. Trashing the primary promotes no other contact: the result says whether the
     * user has to pick a new primary. The trashed contact remembers it was primary, so that an undo
     * ({@link #restore}) gives it back its place if nobody took it meanwhile.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public TrashResult trash(long id) {
        long clientId = lockClientOf(id);
        Contact contact = get(id);
        boolean wasPrimary = contact.isLivePrimary();
        contact.setTrashedAt(clock.instant());
        contacts.flush();
        published(contact, false);
        return new TrashResult(id, wasPrimary, contacts.countLive(clientId));
    }

    /**
     * Brings a trashed contact back. It never makes a second primary: it comes back primary only if it was primary
     * and the client has no primary now, or if it is the client's only live contact.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Contact restore(long id) {
        long clientId = lockClientOf(id);
        Contact contact =
                contacts.findById(id).filter(Contact::isTrashed).orElseThrow(() -> new ContactNotFoundException(id));
        if (contacts.countLive(clientId) == 0) {
            contact.setPrimary(true);
        } else if (contacts.findPrimaryId(clientId).isPresent()) {
            contact.setPrimary(false);
        }
        contact.setTrashedAt(null);
        Contact restored = guarded(() -> contacts.saveAndFlush(contact));
        published(restored, true);
        return restored;
    }

    /**
     * A live contact of a client the caller may see, by the client it must belong to; for features that act on a
     * client's contact (a Client Center login for it).
     *
     * @throws ContactNotFoundException for a trashed contact, another client's, or one the caller may not see
     */
    public Contact getOf(long clientId, long contactId) {
        scope.require(clientId);
        Contact contact = get(contactId);
        if (!Objects.equals(contact.getClient().getId(), clientId)) {
            throw new ContactNotFoundException(contactId);
        }
        return contact;
    }

    /**
     * The consent's proof follows the opt-in box: ticking it now records now, the source and the caller; a box left
     * ticked keeps the stored record (the form's copy may be stale); unticking it drops the record.
     */
    private void consent(Contact contact, @Nullable Contact stored, ConsentSource source) {
        if (!contact.isOptIn()) {
            contact.recordConsent(null, null, null);
        } else if (stored != null && stored.isOptIn()) {
            contact.recordConsent(stored.getOptInAt(), stored.getOptInSource(), stored.getOptInBy());
        } else {
            contact.recordConsent(clock.instant(), source, callerName());
        }
    }

    private @Nullable String callerName() {
        Long caller = scope.caller().accountId();
        return caller == null
                ? null
                : users.find(caller).map(UserRef::displayName).orElse(null);
    }

    private void published(Contact contact, boolean live) {
        events.publishEvent(new ContactChanged(
                Objects.requireNonNull(contact.getId()),
                Objects.requireNonNull(contact.getClient().getId()),
                contact.getName(),
                contact.getEmail(),
                live));
    }

    private long lockClientOf(long contactId) {
        long clientId = contacts.findClientId(contactId).orElseThrow(() -> new ContactNotFoundException(contactId));
        clients.lockForUpdate(clientId);
        return clientId;
    }

    /**
     * The individual a contact may be linked to: a live individual client, only for contacts of a company. A link
     * kept unchanged is not checked again, so that editing a contact does not fail because the person was trashed.
     */
    private @Nullable Client individualFor(Contact contact, Client client, @Nullable Contact stored) {
        Client wanted = contact.getIndividual();
        if (wanted == null) {
            return null;
        }
        long individualId = Objects.requireNonNull(wanted.getId(), "individual must be saved");
        Client kept = stored == null ? null : stored.getIndividual();
        if (kept != null && Objects.equals(kept.getId(), individualId)) {
            return kept;
        }
        if (client.getType() != ClientType.COMPANY) {
            throw new RuleViolationException("contact.individual.invalid");
        }
        try {
            Client individual = clients.get(individualId);
            if (individual.getType() != ClientType.INDIVIDUAL) {
                throw new RuleViolationException("contact.individual.invalid");
            }
            return individual;
        } catch (ClientNotFoundException e) {
            throw new RuleViolationException("contact.individual.invalid");
        }
    }

    private static List<@Nullable Map<Long, Object>> single(@Nullable Map<Long, Object> values) {
        List<@Nullable Map<Long, Object>> one = new ArrayList<>();
        one.add(values);
        return one;
    }

    /**
     * A contact's custom values (issue 22) by field id, for its form and its details.
     *
     * @throws ContactNotFoundException when the contact is not the client's or the caller may not see it
     */
    public Map<Long, Object> customValues(long clientId, long contactId) {
        getOf(clientId, contactId);
        return customFields.contactValues(clientId, contactId);
    }

    /**
     * The custom values (issue 22) of these contacts of the client, live or trashed, by contact id and field id: a page
     * of its Contacts tab, read in two statements.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    public Map<Long, Map<Long, Object>> customValuesOf(long clientId, List<Long> contactIds) {
        return customFields.contactValuesOf(clientId, contactIds);
    }

    /** Turns a violation of the one-primary index into a rule violation the user can understand. */
    private static <T> T guarded(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            String message =
                    String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains(PRIMARY_GUARD)) {
                throw new RuleViolationException("contact.primary.conflict");
            }
            throw e;
        }
    }
}
