package io.clientele.client;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients: the list queries, saving, trash and restore, permanent deletion. The transaction and security boundary
 * for everything the client views do; every query is narrowed to what the caller may see (see {@link ClientScope}),
 * and a client the caller may not see is "not found", exactly like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientService {

    private final ClientRepository clients;
    private final ClientGroupRepository groups;
    private final ClientQueries queries;
    private final ClientScope scope;
    private final SettingsService settings;
    private final List<ClientDocuments> documents;
    private final List<ClientDependents> dependents;
    private final Clock clock;
    private final ClientHistory history;
    private final ClientFieldRules fieldRules;
    private final ClientSearchIndex searchIndex;
    private final ClientDeletions deletions;
    private final List<ClientAudienceChanges> audienceChanges;
    private final List<ClientGroupChanges> groupChanges;
    private final GroupSizeQueries groupSizes;
    private final StaffGroupSizeQueries staffGroupSizes;
    private final ClientAudienceQueries audiences;

    private final ClientLogos logos;
    private final ClientParents parents;
    private final CustomFields customFields;
    private final ClientTags tags;

    ClientService(
            ClientRepository clients,
            ClientGroupRepository groups,
            ClientQueries queries,
            ClientScope scope,
            SettingsService settings,
            List<ClientDocuments> documents,
            List<ClientDependents> dependents,
            Clock clock,
            ClientHistory history,
            ClientFieldRules fieldRules,
            ClientSearchIndex searchIndex,
            ClientDeletions deletions,
            ClientLogos logos,
            List<ClientAudienceChanges> audienceChanges,
            List<ClientGroupChanges> groupChanges,
            GroupSizeQueries groupSizes,
            StaffGroupSizeQueries staffGroupSizes,
            ClientAudienceQueries audiences,
            ClientParents parents,
            CustomFields customFields,
            ClientTags tags) {
        this.parents = parents;
        this.customFields = customFields;
        this.tags = tags;
        this.audiences = audiences;
        this.groupSizes = groupSizes;
        this.staffGroupSizes = staffGroupSizes;
        this.deletions = deletions;
        this.logos = logos;
        this.audienceChanges = audienceChanges;
        this.groupChanges = groupChanges;
        this.searchIndex = searchIndex;
        this.history = history;
        this.fieldRules = fieldRules;
        this.dependents = dependents;
        this.clients = clients;
        this.groups = groups;
        this.queries = queries;
        this.scope = scope;
        this.settings = settings;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * One page of the list, filtered and sorted in SQL, with each row's group names and logo version. Sort keys are those of
     * {@link ClientSort}; the page size is capped at {@link PageCap#MAX_PAGE_SIZE}.
     */
    public List<ClientRow> list(ClientFilter filter, Pageable page) {
        List<ClientRow> rows = queries.page(filter, page.getOffset(), PageCap.size(page), page.getSort());
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> names =
                groupNames(rows.stream().map(ClientRow::id).toList());
        Map<Long, Long> logoVersions =
                logos.versions(rows.stream().map(ClientRow::id).toList());
        Map<Long, List<TagBadge>> badges =
                tags.badges(rows.stream().map(ClientRow::id).toList());
        return rows.stream()
                .map(r -> r.withPageExtras(
                        names.getOrDefault(r.id(), List.of()),
                        logoVersions.get(r.id()),
                        badges.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** The names of these clients' groups, per client, by name: the memberships, then the few groups they name. */
    private Map<Long, List<String>> groupNames(List<Long> clientIds) {
        List<Object[]> memberships = groups.membershipsOf(clientIds);
        if (memberships.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> groupNames = new HashMap<>();
        groups.findAllById(memberships.stream()
                        .map(m -> ((Number) m[1]).longValue())
                        .collect(Collectors.toSet()))
                .forEach(g -> groupNames.put(g.getId(), g.getName()));
        return memberships.stream()
                .filter(m -> groupNames.containsKey(((Number) m[1]).longValue()))
                .collect(Collectors.groupingBy(
                        m -> ((Number) m[0]).longValue(),
                        Collectors.collectingAndThen(
                                Collectors.mapping(
                                        m -> groupNames.get(((Number) m[1]).longValue()), Collectors.toList()),
                                list -> list.stream()
                                        .sorted(String.CASE_INSENSITIVE_ORDER)
                                        .toList())));
    }

    /** How many clients match the filter (and the caller may see). */
    public long count(ClientFilter filter) {
        return queries.count(filter);
    }

    /** Where the list stops counting the matches of a search (see {@link #countUpTo}). */
    public static final long SEARCH_COUNT_LIMIT = 10_000;

    /**
     * The count the list shows: exact without a search, custom-field or tag filter; with one, exact up to {@code limit}
     * and {@code limit + 1}
     * beyond ("more than 10,000"). A word nearly every client has ("gmbh", a mail domain) matches most of a million
     * clients, and counting them all costs seconds, while the first {@code limit + 1} are a short walk in name order.
     */
    public long countUpTo(ClientFilter filter, long limit) {
        return filter.normalizedSearch().isEmpty()
                        && filter.custom() == null
                        && filter.tagIds().isEmpty()
                ? queries.count(filter)
                : queries.countUpTo(filter, limit + 1);
    }

    /** The live clients the caller may see that changed most recently, newest first; at most {@code limit}. */
    public List<RecentClient> recentlyChanged(int limit) {
        return queries.recentlyChanged(PageCap.size(limit));
    }

    /**
     * Recounts the kept group sizes — everyone's and each staff member's — from the memberships, owners and assigned
     * staff as stored: for data written around this service (demo and benchmark seeding).
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void recountGroupSizes() {
        groupSizes.rebuild();
        staffGroupSizes.rebuild();
    }

    /** The client groups with the most live clients the caller may see, largest first; at most {@code limit}. */
    public List<GroupSize> largestGroups(int limit) {
        CallerScope caller = scope.caller();
        Long staffId = caller.restrictedToStaffId();
        if (staffId != null) {
            // A restricted staff member's own and assigned clients: their kept counts, one row per group.
            return staffGroupSizes.largest(staffId, PageCap.size(limit));
        }
        if (caller.clientId() == null) {
            // Everyone's clients: the kept counts, one row per group (issue 19).
            return groupSizes.largest(PageCap.size(limit));
        }
        return queries.largestGroups(PageCap.size(limit));
    }

    /** A live client the caller may see, with everything a form or the overview shows loaded. */
    public Client get(long id) {
        return clients.findForEditing(id).filter(scope::canSee).orElseThrow(() -> new ClientNotFoundException(id));
    }

    /**
     * The live client if the caller may see it, else empty; a Client Center caller sees only their own client. For
     * the Client Center, which shows the client's own data.
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public Optional<Client> findVisible(long id) {
        return clients.findById(id).filter(scope::canSee);
    }

    /**
     * Whether the caller may change which Client Center sections the client's users see: administrators, and the
     * client's owner.
     */
    public boolean canManagePortal(long id) {
        Client client = get(id);
        CallerScope caller = scope.caller();
        return caller.isAdmin() || caller.is(client.getOwnerId());
    }

    /** The Client Center sections the client's users see. */
    public PortalSections portalSections(long id) {
        return get(id).portalSections();
    }

    /**
     * Saves all six Client Center switches at once.
     *
     * @throws AccessDeniedException unless {@link #canManagePortal} allows it
     */
    @Transactional
    public void savePortalSections(long id, PortalSections sections) {
        if (!canManagePortal(id)) {
            throw new AccessDeniedException("Not the client's owner");
        }
        Client client = clients.findById(id).orElseThrow(() -> new ClientNotFoundException(id));
        var before = history.snapshot(client);
        client.setPortalSections(sections);
        history.record(client, before);
    }

    /**
     * A new, unsaved client with the installation's defaults (currency, payment terms, language) and the caller as
     * owner.
     */
    public Client newClient(ClientType type) {
        SystemSettings defaults = settings.get();
        Client client = new Client(type, "");
        client.setCurrency(defaults.getDefaultCurrency());
        client.setLanguage(defaults.getDefaultLanguage());
        PaymentTerm term = defaults.getDefaultPaymentTerm();
        client.setPaymentTermId(term == null ? null : term.getId());
        client.setOwnerId(scope.caller().accountId());
        return client;
    }

    /**
     * Creates or updates a client. A stale copy (someone saved in between) fails with Spring's
     * {@code OptimisticLockingFailureException}, never overwriting the newer data. The currency cannot change once
     * the client has invoices, quotes or payments. Every changed field of an existing client is written to its
     * history in the same transaction.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Client save(Client client) {
        Map<String, @Nullable String> before = null;
        Set<Long> groupsBefore = Set.of();
        Long storedParentId = null;
        if (!client.isNew()) {
            long id = Objects.requireNonNull(client.getId());
            Client stored =
                    clients.findById(id).filter(scope::canSee).orElseThrow(() -> new ClientNotFoundException(id));
            if (!stored.getCurrency().equals(client.getCurrency()) && hasDocuments(id)) {
                throw new RuleViolationException("client.currency.locked", stored.getCurrency());
            }
            before = history.snapshot(stored);
            // Read before the save: the stored client is the managed copy the save merges into.
            groupsBefore = groupIds(stored.getGroups());
            Client storedParent = stored.getParent();
            storedParentId = storedParent == null ? null : storedParent.getId();
        }
        requireMandatoryFields(client);
        // Issue 22: only companies have a parent company, and never one of their own subsidiaries.
        parents.check(client, storedParentId);
        Map<Long, Object> custom = customFields.checked(client);
        if (client.getType() == ClientType.COMPANY) {
            client.setCompany(null);
        }
        Client company = client.getCompany();
        if (company != null) {
            Long companyId = Objects.requireNonNull(company.getId(), "company must be saved");
            Client stored = clients.findById(companyId)
                    .filter(c -> !c.isTrashed())
                    .orElseThrow(() -> new ClientNotFoundException(companyId));
            if (stored.getType() != ClientType.COMPANY || stored.equals(client)) {
                throw new RuleViolationException("client.save.company-invalid");
            }
            client.setCompany(stored);
        }
        if (client.isNew()) {
            client.setTrashedAt(null);
        }
        // Tags typed in the form are found by name or created (issue 22).
        client.setTags(tags.resolve(client.getTags()));
        // The groups it joins or leaves, locked before the memberships are written (see GroupSizeQueries#lock); the
        // client's own row before them, the order every writer of a client takes (an invoice, a payment, a merge).
        if (!client.isNew()) {
            audiences.lockAndRead(List.of(Objects.requireNonNull(client.getId())));
        }
        groupSizes.lock(changedGroups(groupsBefore, groupIds(client.getGroups())));
        Client saved = clients.saveAndFlush(client);
        if (custom != null) {
            customFields.write(Objects.requireNonNull(saved.getId()), custom);
        }
        Set<Long> groupsAfter = groupIds(saved.getGroups());
        countGroupChange(groupsBefore, groupsAfter);
        if (!groupsAfter.equals(groupsBefore)) {
            long id = Objects.requireNonNull(saved.getId());
            Set<Long> groupsWere = groupsBefore;
            groupChanges.forEach(l -> l.changed(id, groupsWere, groupsAfter));
        }
        searchIndex.update(saved);
        if (before != null) {
            history.record(saved, before);
        }
        // Groups, owner or assigned staff may have changed: figures kept per audience follow.
        audienceChanged(List.of(Objects.requireNonNull(saved.getId())));
        return saved;
    }

    /**
     * Creates many new clients at once (an import), with every rule {@link #save} applies to a new client: mandatory
     * fields, a company of the right type that exists and is live, the search terms. Unlike {@code save} it writes
     * them with one flush and their search terms in one batch, so a 10,000-row import costs a few statements per row
     * instead of a round trip per rule. Likely duplicates are the caller's to find beforehand (see {@link #matching}).
     *
     * @throws MandatoryFieldMissingException for the first client lacking a mandatory field; nothing is written
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<Client> createAll(List<Client> newClients) {
        if (newClients.isEmpty()) {
            return List.of();
        }
        Set<ClientField> mandatory = fieldRules.mandatory();
        Set<Long> companyIds = new HashSet<>();
        List<@Nullable Map<Long, Object>> custom = new ArrayList<>();
        // Custom fields (issue 22): their definitions read once for the whole batch.
        CustomFields.Rules customRules = customFields.rules();
        for (Client client : newClients) {
            if (!client.isNew()) {
                throw new IllegalArgumentException("createAll takes new clients");
            }
            for (ClientField field : mandatory) {
                if (!field.isFilled(client)) {
                    throw new MandatoryFieldMissingException(field);
                }
            }
            custom.add(customFields.checked(client, customRules));
            if (client.getType() == ClientType.COMPANY) {
                client.setCompany(null);
            }
            Client company = client.getCompany();
            if (company != null) {
                companyIds.add(Objects.requireNonNull(company.getId(), "company must be saved"));
            }
            client.setTrashedAt(null);
        }
        Map<Long, Client> companies = new HashMap<>();
        clients.findAllById(companyIds).forEach(c -> companies.put(c.getId(), c));
        for (Client client : newClients) {
            Client company = client.getCompany();
            if (company != null) {
                Client stored = companies.get(company.getId());
                if (stored == null || stored.isTrashed()) {
                    throw new ClientNotFoundException(Objects.requireNonNull(company.getId()));
                }
                if (stored.getType() != ClientType.COMPANY) {
                    throw new RuleViolationException("client.save.company-invalid");
                }
                client.setCompany(stored);
            }
            // An import's Tags column: typed names found or created once for all rows (issue 22).
            if (!client.getTags().isEmpty()) {
                client.setTags(tags.resolve(client.getTags()));
            }
        }
        // Their groups, locked before the memberships are written (see GroupSizeQueries#lock).
        Set<Long> joined = new HashSet<>();
        newClients.forEach(c -> joined.addAll(groupIds(c.getGroups())));
        groupSizes.lock(joined);
        List<Client> saved = clients.saveAll(newClients);
        clients.flush();
        for (int i = 0; i < saved.size(); i++) {
            Map<Long, Object> values = custom.get(i);
            if (values != null) {
                customFields.write(Objects.requireNonNull(saved.get(i).getId()), values);
            }
        }
        groupSizes.addMembersOf(saved.stream().map(Client::getId).toList(), 1);
        staffGroupSizes.recount(saved.stream().map(Client::getId).toList());
        searchIndex.insertNew(saved);
        return saved;
    }

    /**
     * Locks live clients' rows until the caller's transaction ends, lowest id first, like {@link #lockForUpdate} for
     * each: the bulk form, for imports that add contacts to many clients at once.
     *
     * @throws ClientNotFoundException for the first id that is not a live client the caller may see
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Map<Long, Client> lockAllForUpdate(Collection<Long> ids) {
        Map<Long, Client> locked = new HashMap<>();
        CallerScope caller = scope.caller();
        List<Long> all = new ArrayList<>(new TreeSet<>(ids));
        for (int from = 0; from < all.size(); from += MATCH_CHUNK) {
            clients.findAllLiveForUpdate(all.subList(from, Math.min(all.size(), from + MATCH_CHUNK))).stream()
                    .filter(c -> scope.mayAccess(c, caller))
                    .forEach(c -> locked.put(c.getId(), c));
        }
        for (Long id : all) {
            if (!locked.containsKey(id)) {
                throw new ClientNotFoundException(id);
            }
        }
        return locked;
    }

    /**
     * Creates a client the user entered (full form, quick insert), refusing a likely duplicate unless the user said
     * to create it anyway: the check runs inside the save, so a match created by someone else since the form's
     * warning still stops it.
     *
     * @param createAnyway the user saw the matches and chose "Create anyway"
     * @throws DuplicateClientException when {@code createAnyway} is false and live clients the caller may see match
     *     the new one's e-mail, tax ID or name key (see {@link #findLikelyDuplicates})
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Client create(Client client, boolean createAnyway) {
        if (!client.isNew()) {
            throw new IllegalArgumentException("create takes a new client");
        }
        if (!createAnyway) {
            List<LikelyDuplicate> matches =
                    findLikelyDuplicates(client.getEmail(), client.getTaxId(), client.getName());
            if (!matches.isEmpty()) {
                throw new DuplicateClientException(matches);
            }
        }
        return save(client);
    }

    /**
     * Refuses a client that lacks a field an administrator made mandatory (Settings → Client fields), naming the
     * first such field in the form's order.
     *
     * @throws MandatoryFieldMissingException for the first missing field
     */
    public void requireMandatoryFields(Client client) {
        for (ClientField field : fieldRules.mandatory()) {
            if (!field.isFilled(client)) {
                throw new MandatoryFieldMissingException(field);
            }
        }
    }

    /**
     * Live clients the caller may see that look like the one about to be created: the same e-mail (as main or
     * alternate address) or tax ID, ignoring case, or the same name once case, accents, punctuation and legal forms
     * (GmbH, Ltd, S.A. …) are ignored — see {@link ClientNames#key}. Blank arguments are not compared; at most ten,
     * by name.
     */
    public List<LikelyDuplicate> findLikelyDuplicates(
            @Nullable String email, @Nullable String taxId, @Nullable String name) {
        String mail = blankToNull(email);
        String tax = blankToNull(taxId);
        String key = name == null ? "" : ClientNames.key(name);
        return queries.likelyDuplicates(mail, tax, key, 10).stream()
                .map(r -> {
                    LikelyDuplicate.Match match;
                    if (mail != null
                            && (mail.equalsIgnoreCase((String) r[2]) || mail.equalsIgnoreCase((String) r[3]))) {
                        match = LikelyDuplicate.Match.EMAIL;
                    } else if (tax != null && tax.equalsIgnoreCase((String) r[4])) {
                        match = LikelyDuplicate.Match.TAX_ID;
                    } else {
                        match = LikelyDuplicate.Match.NAME;
                    }
                    return new LikelyDuplicate((Long) r[0], (String) r[1], match);
                })
                .toList();
    }

    /** The ids among these that are live clients the caller may see (an import's "Clientele ID" column). */
    public List<Long> visibleLiveIds(Collection<Long> ids) {
        List<Long> out = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += MATCH_CHUNK) {
            out.addAll(queries.visibleIds(all.subList(from, Math.min(all.size(), from + MATCH_CHUNK)), false));
        }
        return out;
    }

    /** How many keys one duplicate lookup sends to the database at most (IN lists stay small). */
    private static final int MATCH_CHUNK = 500;

    /**
     * Live clients the caller may see that share an e-mail (main or alternate, ignoring case), a tax ID (ignoring case
     * and blanks) or a {@link ClientNames#key name key} with the given ones: the bulk form of
     * {@link #findLikelyDuplicates}, for imports. Keys are compared as given: e-mails lower case, tax IDs upper case
     * without blanks.
     */
    public List<ExistingClient> matching(
            Collection<String> emails, Collection<String> taxKeys, Collection<String> nameKeys) {
        Map<Long, ExistingClient> found = new LinkedHashMap<>();
        chunks(emails).forEach(chunk -> add(found, queries.matching(chunk, List.of(), List.of())));
        chunks(taxKeys).forEach(chunk -> add(found, queries.matching(List.of(), chunk, List.of())));
        chunks(nameKeys).forEach(chunk -> add(found, queries.matching(List.of(), List.of(), chunk)));
        return List.copyOf(found.values());
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += MATCH_CHUNK) {
            out.add(all.subList(from, Math.min(all.size(), from + MATCH_CHUNK)));
        }
        return out;
    }

    private static void add(Map<Long, ExistingClient> found, List<Object[]> rows) {
        for (Object[] r : rows) {
            found.putIfAbsent(
                    (Long) r[0],
                    new ExistingClient(
                            (Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]));
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * Records what the client owes, as computed by billing inside its own transaction. Not a user action: it keeps
     * the list's Balance column sortable in SQL.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void recordAmountOwed(long clientId, BigDecimal amount) {
        clients.updateAmountOwed(clientId, amount);
    }

    /** Whether the currency is locked because the client has documents in it. */
    public boolean isCurrencyLocked(long clientId) {
        return hasDocuments(clientId);
    }

    private boolean hasDocuments(long clientId) {
        return documents.stream().anyMatch(d -> d.hasDocuments(clientId));
    }

    /**
     * Moves clients to the Trash. Returns the ids that were live and are now trashed, so that an Undo restores
     * exactly those and never a client somebody else had trashed before.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public List<Long> trash(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> live = stillLive(queries.visibleIds(ids, false), true);
        if (!live.isEmpty()) {
            groupSizes.addMembersOf(live, -1);
            clients.trash(live, clock.instant());
            history.recordTrash(live, true);
            audienceChanged(live);
        }
        return live;
    }

    /**
     * Of these clients, the ones that are still live ({@code live}) or still trashed, their rows locked: someone who
     * trashed or restored them a moment ago has committed, so the kept group sizes and open balances are moved once.
     */
    private List<Long> stillLive(List<Long> ids, boolean live) {
        return audiences.lockAndRead(ids).stream()
                .filter(a -> a.live() == live)
                .map(ClientAudience::clientId)
                .toList();
    }

    /**
     * Tells the features that keep figures per audience ({@link ClientAudienceChanges}) that these clients' audience
     * may have changed, inside the caller's transaction.
     */
    void audienceChanged(Collection<Long> ids) {
        staffGroupSizes.recount(ids);
        audienceChanges.forEach(l -> l.changed(ids));
    }

    /** A live client's groups changed from {@code before} to {@code after}: the kept group sizes follow. */
    void countGroupChange(Set<Long> before, Set<Long> after) {
        groupSizes.add(after.stream().filter(g -> !before.contains(g)).toList(), 1);
        groupSizes.add(before.stream().filter(g -> !after.contains(g)).toList(), -1);
    }

    /** The groups a client joins or leaves when its groups go from {@code before} to {@code after}. */
    private static Set<Long> changedGroups(Set<Long> before, Set<Long> after) {
        Set<Long> changed = new HashSet<>(before);
        changed.addAll(after);
        changed.removeIf(g -> before.contains(g) && after.contains(g));
        return changed;
    }

    static Set<Long> groupIds(Set<ClientGroup> groups) {
        Set<Long> ids = new HashSet<>();
        groups.forEach(g -> ids.add(Objects.requireNonNull(g.getId())));
        return ids;
    }

    /** Brings trashed clients back exactly as they were; returns how many were restored. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public int restore(Collection<Long> ids) {
        List<Long> trashed = ids.isEmpty() ? List.of() : stillLive(queries.visibleIds(ids, true), false);
        if (trashed.isEmpty()) {
            return 0;
        }
        groupSizes.addMembersOf(trashed, 1);
        int restored = clients.restore(trashed);
        history.recordTrash(trashed, false);
        audienceChanged(trashed);
        return restored;
    }

    /**
     * Deletes trashed clients for good, in one transaction. Only administrators may; live clients are never
     * touched. Individuals that belonged to a deleted company stay, without a company; so do
     * subsidiaries of a deleted parent company, without a parent. The deletion log keeps who
     * deleted which client, when, and the numbers of the issued documents that went with it.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public int deletePermanently(Collection<Long> ids) {
        List<Long> trashed = ids.isEmpty() ? List.of() : queries.visibleIds(ids, true);
        if (trashed.isEmpty()) {
            return 0;
        }
        Map<Long, String> names = new LinkedHashMap<>();
        clients.findAllById(trashed).forEach(c -> names.put(c.getId(), c.getName()));
        deletions.record(names, records(trashed));
        dependents.forEach(d -> d.deleting(trashed));
        clients.detachMembers(trashed);
        // Issue 22: subsidiaries of a deleted parent stay, without a parent (the changeset's SET NULL says the same).
        clients.detachSubsidiaries(trashed);
        return clients.deleteTrashed(trashed);
    }

    /**
     * What a permanent deletion of these trashed clients would take with it, per translation key, in a stable order;
     * only counts that are not zero.
     */
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Long> dependents(Collection<Long> ids) {
        List<Long> trashed = ids.isEmpty() ? List.of() : queries.visibleIds(ids, true);
        Map<String, Long> counts = new TreeMap<>();
        if (!trashed.isEmpty()) {
            dependents.forEach(d -> d.count(trashed).forEach((key, n) -> {
                if (n > 0) {
                    counts.merge(key, n, Long::sum);
                }
            }));
        }
        return counts;
    }

    /**
     * What trashing these live clients would put out of sight, for the confirmation: what they still owe (per
     * currency, only balances above zero) and their issued documents. Clients the caller may not see count nothing.
     */
    public TrashImpact trashImpact(Collection<Long> ids) {
        List<Long> live = ids.isEmpty() ? List.of() : queries.visibleIds(ids, false);
        Map<String, BigDecimal> owed = new TreeMap<>();
        Map<String, Long> issued = new TreeMap<>();
        if (!live.isEmpty()) {
            clients.findAllById(live).stream()
                    .filter(c -> c.getAmountOwed().signum() > 0)
                    .forEach(c -> owed.merge(c.getCurrency(), c.getAmountOwed(), BigDecimal::add));
            dependents.forEach(d -> d.issued(live).forEach((key, n) -> {
                if (n > 0) {
                    issued.merge(key, n, Long::sum);
                }
            }));
        }
        return new TrashImpact(owed, issued);
    }

    /**
     * The issued documents (invoices, credit notes) a permanent deletion of these trashed clients would destroy, by
     * number, in a stable order: the confirmation names them.
     */
    @RolesAllowed(Roles.ADMIN)
    public List<String> issuedRecords(Collection<Long> ids) {
        List<Long> trashed = ids.isEmpty() ? List.of() : queries.visibleIds(ids, true);
        return records(trashed).values().stream().flatMap(List::stream).sorted().toList();
    }

    /** Who deleted which clients for good, newest first; administrators only. */
    @RolesAllowed(Roles.ADMIN)
    public List<ClientDeletion> deletions(Pageable page) {
        return deletions.page(page.getOffset(), PageCap.size(page));
    }

    @RolesAllowed(Roles.ADMIN)
    public long countDeletions() {
        return deletions.count();
    }

    private Map<Long, List<String>> records(List<Long> trashed) {
        Map<Long, List<String>> all = new HashMap<>();
        if (!trashed.isEmpty()) {
            dependents.forEach(d -> d.records(trashed)
                    .forEach((id, list) ->
                            all.computeIfAbsent(id, k -> new ArrayList<>()).addAll(list)));
        }
        return all;
    }

    /** Live companies the list's search finds, for the "belongs to company" picker; one page at a time. */
    public List<Client> companies(String search, Pageable page) {
        return queries.ofType(ClientType.COMPANY, search, page.getOffset(), PageCap.size(page));
    }

    /** The live individuals that belong to a company, by name; at most {@code limit}. */
    public List<ClientRow> members(long companyId, int limit) {
        return queries.members(companyId, PageCap.size(limit));
    }

    /** Live individuals the list's search finds, for pickers such as a company's contacts; one page at a time. */
    public List<Client> individuals(String search, Pageable page) {
        return queries.ofType(ClientType.INDIVIDUAL, search, page.getOffset(), PageCap.size(page));
    }

    /**
     * Locks a live client's row until the caller's transaction ends (SELECT … FOR UPDATE) and returns it. Features
     * call this first when a change must be judged against everything else hanging off the client (e.g. which
     * contact is primary), so that two such changes for one client run one after the other instead of both
     * deciding on the same stale picture.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Client lockForUpdate(long id) {
        return clients.findLiveForUpdate(id).filter(scope::canSee).orElseThrow(() -> new ClientNotFoundException(id));
    }
}
