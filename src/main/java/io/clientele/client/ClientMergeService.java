package io.clientele.client;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges duplicate clients: the user picks the survivor and, per differing field, which value stays; everything that
 * hangs off the other client (contacts, invoices, quotes, payments, projects, notes, attachments, reminders, portal
 * logins, …) moves to the survivor through each feature's {@link ClientDependents#merging} step, all in one
 * transaction, and the merged client goes to the Trash. Both histories record the merge: who, when, what moved.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF})
public class ClientMergeService {

    /** Snapshot paths shown and chosen as one field: an address is one choice, not six. */
    private static final Map<String, String> GROUPED = Map.of("shippingSameAsBilling", "shippingAddress");

    private final ClientRepository clients;
    private final ClientScope scope;
    private final ClientHistory history;
    private final ClientSearchIndex searchIndex;
    private final ClientFieldRules fieldRules;
    private final List<ClientDependents> dependents;
    private final List<ClientDocuments> documents;
    private final EntityManagerFactory emf;
    private final Clock clock;
    private final List<ClientAudienceChanges> audienceChanges;
    private final List<ClientGroupChanges> groupChanges;
    private final GroupSizeQueries groupSizes;
    private final StaffGroupSizeQueries staffGroupSizes;
    private final CustomFields customFields;

    ClientMergeService(
            ClientRepository clients,
            ClientScope scope,
            ClientHistory history,
            ClientSearchIndex searchIndex,
            ClientFieldRules fieldRules,
            List<ClientDependents> dependents,
            List<ClientDocuments> documents,
            EntityManagerFactory emf,
            Clock clock,
            List<ClientAudienceChanges> audienceChanges,
            List<ClientGroupChanges> groupChanges,
            GroupSizeQueries groupSizes,
            StaffGroupSizeQueries staffGroupSizes,
            CustomFields customFields) {
        this.customFields = customFields;
        this.groupSizes = groupSizes;
        this.staffGroupSizes = staffGroupSizes;
        this.audienceChanges = audienceChanges;
        this.groupChanges = groupChanges;
        this.clients = clients;
        this.scope = scope;
        this.history = history;
        this.searchIndex = searchIndex;
        this.fieldRules = fieldRules;
        this.dependents = dependents;
        this.documents = documents;
        this.emf = emf;
        this.clock = clock;
    }

    /**
     * What merging {@code mergedId} into {@code survivorId} would do.
     *
     * @throws ClientNotFoundException when either is not a live client the caller may see
     * @throws RuleViolationException when both ids are the same client
     */
    public ClientMerge preview(long mergedId, long survivorId) {
        requireTwo(mergedId, survivorId);
        Client merged = clients.findForEditing(mergedId).orElseThrow(() -> new ClientNotFoundException(mergedId));
        Client survivor = clients.findForEditing(survivorId).orElseThrow(() -> new ClientNotFoundException(survivorId));
        Map<String, @Nullable String> s = fields(survivor);
        Map<String, @Nullable String> m = fields(merged);
        List<ClientMerge.Difference> differences = new ArrayList<>();
        s.forEach((field, value) -> {
            if (!Objects.equals(value, m.get(field))) {
                differences.add(new ClientMerge.Difference(field, labelKey(field), value, m.get(field)));
            }
        });
        Map<String, Long> moving = new TreeMap<>();
        dependents.forEach(d -> d.count(List.of(mergedId)).forEach((key, n) -> {
            if (n > 0) {
                moving.merge(key, n, Long::sum);
            }
        }));
        boolean sameCurrency = survivor.getCurrency().equals(merged.getCurrency());
        boolean survivorDocs = hasDocuments(survivorId);
        boolean mergedDocs = hasDocuments(mergedId);
        String required = sameCurrency || survivorDocs == mergedDocs
                ? null
                : survivorDocs ? survivor.getCurrency() : merged.getCurrency();
        return new ClientMerge(
                mergedId,
                merged.getName(),
                survivorId,
                survivor.getName(),
                differences,
                moving,
                !sameCurrency && survivorDocs && mergedDocs,
                required);
    }

    /**
     * Merges {@code mergedId} into {@code survivorId} in one transaction: the survivor takes the merged client's
     * value for each field named in {@code takeFromMerged} (names as in {@link ClientMerge.Difference#field}) and
     * keeps its own for the rest, joins both clients' groups and assigned staff, receives everything hanging off
     * the merged client and its balance; the merged client goes to the Trash. A failure anywhere leaves both clients
     * exactly as they were.
     *
     * @return what moved, per translation key taking the count (no zeros)
     * @throws ClientNotFoundException when either is not a live client the caller may see (restricted staff merge
     *     only clients they can see)
     * @throws RuleViolationException when they have documents in different currencies ({@code
     *     client.merge.currency-conflict}), when the currency kept is not the one the documents are in ({@code
     *     client.merge.currency-locked}), when an individual would keep members ({@code
     *     client.merge.members-need-company}), or for a field made mandatory that the result lacks
     */
    @Transactional
    public Map<String, Long> merge(long mergedId, long survivorId, Set<String> takeFromMerged) {
        requireTwo(mergedId, survivorId);
        // Both rows locked, lower id first, so two merges of the same pair cannot deadlock or interleave.
        Client first = clients.findLiveForUpdate(Math.min(mergedId, survivorId))
                .orElseThrow(() -> new ClientNotFoundException(Math.min(mergedId, survivorId)));
        Client second = clients.findLiveForUpdate(Math.max(mergedId, survivorId))
                .orElseThrow(() -> new ClientNotFoundException(Math.max(mergedId, survivorId)));
        Client survivor = first.getId() == survivorId ? first : second;
        Client merged = first.getId() == survivorId ? second : first;
        checkCurrency(survivor, merged, takeFromMerged.contains("currency"));

        Map<String, @Nullable String> before = history.snapshot(survivor);
        Set<String> choosable = fields(survivor).keySet();
        for (String field : takeFromMerged) {
            if (!choosable.contains(field)) {
                throw new IllegalArgumentException("Not a choosable field: " + field);
            }
            copy(field, merged, survivor);
            if (field.equals("shippingAddress")) {
                copy("shippingSameAsBilling", merged, survivor);
            }
        }
        if (survivor.equals(survivor.getCompany()) || merged.equals(survivor.getCompany())) {
            survivor.setCompany(null);
        }
        if (survivor.getType() == ClientType.INDIVIDUAL
                && (clients.countMembers(survivorId) > 0 || clients.countMembers(mergedId) > 0)) {
            throw new RuleViolationException("client.merge.members-need-company", survivor.getName());
        }
        for (ClientField field : fieldRules.mandatory()) {
            if (!field.isFilled(survivor)) {
                throw new MandatoryFieldMissingException(field);
            }
        }
        Set<Long> groupsBefore = ClientService.groupIds(survivor.getGroups());
        survivor.getTags().addAll(merged.getTags());
        survivor.getAssignedStaffIds().addAll(merged.getAssignedStaffIds());

        Map<String, Long> moved = new TreeMap<>();
        for (ClientDependents d : dependents) {
            d.merging(mergedId, survivorId).forEach((key, n) -> {
                if (n > 0) {
                    moved.merge(key, n, Long::sum);
                }
            });
        }
        int members = clients.moveMembers(mergedId, survivorId);
        if (members > 0) {
            moved.put("client.merge.moved.members", (long) members);
        }
        BigDecimal owed = survivor.getAmountOwed().add(merged.getAmountOwed());
        // The survivor joins the merged client's groups after the dependents moved: features keeping figures per
        // group (the group report's) move the survivor's figures, as they now are, from its old groups to these.
        // Its groups locked (after both clients) before the memberships are written: see GroupSizeQueries#lock.
        groupSizes.lock(ClientService.groupIds(merged.getGroups()));
        survivor.getGroups().addAll(merged.getGroups());

        Client saved = clients.saveAndFlush(survivor);
        Set<Long> groupsAfter = ClientService.groupIds(saved.getGroups());
        groupSizes.add(
                groupsAfter.stream().filter(g -> !groupsBefore.contains(g)).toList(), 1);
        if (!groupsAfter.equals(groupsBefore)) {
            groupChanges.forEach(l -> l.changed(survivorId, groupsBefore, groupsAfter));
        }
        clients.updateAmountOwed(survivorId, owed);
        clients.updateAmountOwed(mergedId, BigDecimal.ZERO);
        searchIndex.update(saved);
        history.record(saved, before);
        history.note(survivorId, "mergedFrom", null, label(merged));
        // Custom fields (issue 22): values the survivor lacks come over, one history line each (named by the field's
        // label, which the history shows as it is).
        customFields
                .takeMissing(survivorId, mergedId)
                .forEach((field, value) -> history.note(survivorId, field, null, value));
        if (!moved.isEmpty()) {
            history.note(survivorId, "mergedMoved", null, encode(moved));
        }
        history.note(mergedId, "mergedInto", null, label(saved));
        // Last: the bulk update clears the persistence context.
        groupSizes.addMembersOf(List.of(mergedId), -1);
        clients.trash(List.of(mergedId), clock.instant());
        // The survivor gained the merged client's assigned staff and groups, the merged client went to the Trash.
        staffGroupSizes.recount(List.of(survivorId, mergedId));
        audienceChanges.forEach(l -> l.changed(List.of(survivorId, mergedId)));
        return moved;
    }

    /** "Acme Ltd (#42)": the merged client's name and id, kept in the survivor's history. */
    private static String label(Client client) {
        return client.getName() + " (#" + client.getId() + ")";
    }

    /**
     * What moved as the history stores it, "key=count;key=count"; the history tab shows each through its
     * translation.
     */
    public static String encode(Map<String, Long> moved) {
        return moved.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    /** The inverse of {@link #encode}; empty for text that is not such a list. */
    public static Map<String, Long> decode(@Nullable String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                return Map.of();
            }
            try {
                out.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
            } catch (NumberFormatException e) {
                return Map.of();
            }
        }
        return out;
    }

    private void requireTwo(long mergedId, long survivorId) {
        if (mergedId == survivorId) {
            throw new RuleViolationException("client.merge.same");
        }
        scope.require(mergedId);
        scope.require(survivorId);
    }

    private void checkCurrency(Client survivor, Client merged, boolean takeMergedCurrency) {
        if (survivor.getCurrency().equals(merged.getCurrency())) {
            return;
        }
        boolean survivorDocs = hasDocuments(Objects.requireNonNull(survivor.getId()));
        boolean mergedDocs = hasDocuments(Objects.requireNonNull(merged.getId()));
        if (survivorDocs && mergedDocs) {
            throw new RuleViolationException(
                    "client.merge.currency-conflict",
                    survivor.getName(),
                    survivor.getCurrency(),
                    merged.getName(),
                    merged.getCurrency());
        }
        String kept = takeMergedCurrency ? merged.getCurrency() : survivor.getCurrency();
        String locked = survivorDocs ? survivor.getCurrency() : mergedDocs ? merged.getCurrency() : kept;
        if (!kept.equals(locked)) {
            throw new RuleViolationException("client.merge.currency-locked", locked);
        }
    }

    private boolean hasDocuments(long clientId) {
        return documents.stream().anyMatch(d -> d.hasDocuments(clientId));
    }

    /** The fields most people compare first; the rest follow alphabetically. */
    private static final List<String> FIRST = List.of(
            "name",
            "type",
            "email",
            "alternateEmail",
            "phone",
            "mobile",
            "website",
            "taxId",
            "billingAddress",
            "shippingAddress",
            "currency",
            "language",
            "paymentTermId",
            "ownerId",
            "company");

    /**
     * The choosable fields and their values as text: the history's snapshot (so a field added to {@link Client} later
     * is offered without touching this class), an address as one value (none for a shipping address that is the
     * billing one), without the fields that are joined instead.
     */
    private Map<String, @Nullable String> fields(Client client) {
        Map<String, List<String>> grouped = new TreeMap<>((a, b) -> {
            int ia = FIRST.indexOf(a);
            int ib = FIRST.indexOf(b);
            if (ia >= 0 || ib >= 0) {
                return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
            }
            return a.compareTo(b);
        });
        history.snapshot(client).forEach((path, value) -> {
            String top = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            String field = GROUPED.getOrDefault(top, top);
            if (ClientMerge.JOINED.contains(field)) {
                return;
            }
            List<String> parts = grouped.computeIfAbsent(field, k -> new ArrayList<>());
            if (value != null && !top.equals("shippingSameAsBilling")) {
                parts.add(Objects.requireNonNullElse(history.display(path, value), value));
            }
        });
        if (client.isShippingSameAsBilling()) {
            grouped.put("shippingAddress", List.of());
        }
        Map<String, @Nullable String> out = new LinkedHashMap<>();
        grouped.forEach((field, parts) -> out.put(field, parts.isEmpty() ? null : String.join(", ", parts)));
        return out;
    }

    private static String labelKey(String field) {
        return switch (field) {
            case "billingAddress" -> "client.history.field.billingAddress.text";
            case "shippingAddress" -> "client.history.field.shippingAddress.text";
            // The history tab's labels: every tracked attribute has one (a later one falls back to its name there).
            default -> String.join(".", "client", "history", "field", field);
        };
    }

    /** Copies one persistent attribute of the client, through the JPA metamodel; an address as a copy. */
    private void copy(String field, Client from, Client to) {
        Attribute<? super Client, ?> attribute =
                emf.getMetamodel().entity(Client.class).getAttribute(field);
        if (!(attribute.getJavaMember() instanceof Field member)) {
            throw new IllegalStateException("Cannot copy " + field);
        }
        try {
            member.setAccessible(true);
            Object value = member.get(Hibernate.unproxy(from));
            if (value instanceof Address address) {
                value = address.copy();
            } else if (value instanceof Collection<?>) {
                throw new IllegalArgumentException("Collections are joined, not chosen: " + field);
            }
            member.set(to, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot copy " + field, e);
        }
    }
}
