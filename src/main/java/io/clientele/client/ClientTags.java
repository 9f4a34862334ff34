package io.clientele.client;

import io.clientele.base.domain.LikePattern;
import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free tags on clients (issue 22): completion while typing, the names' rules, colours, rename and delete, and adding
 * or removing a tag on many clients at once. Tags themselves are shared names anyone who edits clients may create;
 * which clients carry them is narrowed by {@link ClientScope} like every client query, so counts and batch changes
 * only ever concern clients the caller may see.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ClientTags {

    /** CSV cells list a client's tags separated by commas ("VIP, Newsletter"): a name cannot contain one. */
    public static final String SEPARATOR = ", ";

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** What a batch change did: clients changed, clients that already were as asked, clients refused. */
    public record BatchResult(int changed, int unchanged, int refused) {}

    /** A tag with the number of clients the caller may see that carry it. */
    public record TagUsage(ClientTag tag, long clients) {}

    private final ClientTagRepository tags;
    private final ClientRepository clients;
    private final ClientQueries queries;
    private final ClientScope scope;
    private final ClientHistory history;
    private final ClientTagQueries counts;

    ClientTags(
            ClientTagRepository tags,
            ClientRepository clients,
            ClientQueries queries,
            ClientScope scope,
            ClientHistory history,
            ClientTagQueries counts) {
        this.tags = tags;
        this.clients = clients;
        this.queries = queries;
        this.scope = scope;
        this.history = history;
        this.counts = counts;
    }

    /**
     * A typed tag name as stored: surrounding blanks removed, inner runs of blanks one space.
     *
     * @throws RuleViolationException {@code tag.name.required} when blank, {@code tag.name.too-long} beyond
     *     {@link ClientTag#NAME_MAX} characters, {@code tag.name.comma} with a comma (CSV separates tags by commas)
     */
    public static String normalise(@Nullable String typed) {
        String name = typed == null ? "" : BLANKS.matcher(typed.strip()).replaceAll(" ");
        if (name.isEmpty()) {
            throw new RuleViolationException("tag.name.required");
        }
        if (name.length() > ClientTag.NAME_MAX) {
            throw new RuleViolationException("tag.name.too-long", ClientTag.NAME_MAX);
        }
        if (name.contains(",")) {
            throw new RuleViolationException("tag.name.comma");
        }
        return name;
    }

    /** Tags whose name starts with the typed text (ignoring case), by name: the completion. One page at most. */
    public List<ClientTag> suggest(@Nullable String typed, int offset, int limit) {
        String prefix = typed == null ? "" : ClientTag.key(BLANKS.matcher(typed).replaceAll(" "));
        int size = PageCap.size(limit);
        return tags.startingWith(LikePattern.escape(prefix, '!') + "%", PageRequest.of(offset / size, size));
    }

    /** One page of all tags by name, each with how many clients the caller may see carry it (Manage tags). */
    public List<TagUsage> page(Pageable page) {
        List<ClientTag> found = tags.findAll(
                        PageCap.capped(PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by("nameKey"))))
                .getContent();
        Map<Long, Long> byTag = counts.visibleCounts(
                found.stream().map(t -> Objects.requireNonNull(t.getId())).toList());
        return found.stream()
                .map(t -> new TagUsage(t, byTag.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    /** How many live clients the caller may see carry the tag (what deleting it would take off them). */
    public long clientCount(long tagId) {
        return counts.visibleCounts(List.of(tagId)).getOrDefault(tagId, 0L);
    }

    /**
     * The stored tags for these names, creating the missing ones with a colour of their own: an import's Tags
     * column, or tags typed in a batch.
     *
     * @throws RuleViolationException as {@link #normalise} for a bad name; nothing is created then
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Set<ClientTag> findOrCreate(Collection<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String typed : names) {
            String name = normalise(typed);
            byKey.putIfAbsent(ClientTag.key(name), name);
        }
        if (byKey.isEmpty()) {
            return Set.of();
        }
        Set<ClientTag> found = new HashSet<>(tags.findByNameKeyIn(byKey.keySet()));
        Set<String> have = found.stream().map(ClientTag::getNameKey).collect(Collectors.toSet());
        byKey.forEach((key, name) -> {
            if (!have.contains(key)) {
                found.add(tags.save(new ClientTag(name)));
            }
        });
        return found;
    }

    /**
     * A client's tags as a form holds them, stored: tags that exist are read again (one deleted meanwhile drops
     * out), typed ones are found by name or created.
     */
    Set<ClientTag> resolve(Collection<ClientTag> held) {
        Set<Long> ids = new HashSet<>();
        List<String> typed = new ArrayList<>();
        for (ClientTag tag : held) {
            if (tag.getId() != null) {
                ids.add(tag.getId());
            } else {
                typed.add(tag.getName());
            }
        }
        Set<ClientTag> resolved = new HashSet<>(tags.findAllById(ids));
        resolved.addAll(findOrCreate(typed));
        return resolved;
    }

    /**
     * Renames a tag for every client carrying it.
     *
     * @throws RuleViolationException as {@link #normalise}, or {@code tag.name.taken} when another tag has the name
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ClientTag rename(long tagId, String newName) {
        String name = normalise(newName);
        ClientTag tag = tags.findById(tagId).orElseThrow(() -> new RuleViolationException("tag.not-found"));
        tags.findByNameKey(ClientTag.key(name))
                .filter(other -> !other.equals(tag))
                .ifPresent(other -> {
                    throw new RuleViolationException("tag.name.taken", other.getName());
                });
        tag.setName(name);
        return tags.saveAndFlush(tag);
    }

    /** Gives a tag another colour of the palette. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public ClientTag recolour(long tagId, TagColour colour) {
        ClientTag tag = tags.findById(tagId).orElseThrow(() -> new RuleViolationException("tag.not-found"));
        tag.setColour(colour);
        return tags.saveAndFlush(tag);
    }

    /**
     * Deletes a tag and takes it off every client; answers how many clients carried it. A staff member who sees
     * only their own clients cannot take a tag off clients they do not see.
     *
     * @throws RuleViolationException {@code tag.delete.used-elsewhere} for a restricted caller when clients they
     *     may not see carry the tag
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public long delete(long tagId) {
        ClientTag tag = tags.findById(tagId).orElseThrow(() -> new RuleViolationException("tag.not-found"));
        long all = tags.countMembers(tagId);
        CallerScope caller = scope.caller();
        if (caller.restrictedToStaffId() != null && all > clientCount(tagId)) {
            throw new RuleViolationException("tag.delete.used-elsewhere");
        }
        // The memberships go with the tag (foreign key on delete cascade).
        tags.delete(tag);
        tags.flush();
        return all;
    }

    /**
     * Adds the tag (found by name, or created) to each of these clients the caller may see, in one transaction; each
     * change goes into the client's history.
     *
     * @throws RuleViolationException as {@link #normalise} for a bad name; nothing changes then
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public BatchResult add(Collection<Long> clientIds, String name) {
        ClientTag tag = findOrCreate(List.of(name)).iterator().next();
        return change(clientIds, client -> client.getTags().add(tag));
    }

    /** Takes the tag off each of these clients the caller may see, in one transaction, with history. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public BatchResult remove(Collection<Long> clientIds, long tagId) {
        ClientTag tag = tags.findById(tagId).orElseThrow(() -> new RuleViolationException("tag.not-found"));
        return change(clientIds, client -> client.getTags().remove(tag));
    }

    private BatchResult change(Collection<Long> clientIds, java.util.function.Predicate<Client> edit) {
        Set<Long> asked = new HashSet<>(clientIds);
        if (asked.isEmpty()) {
            return new BatchResult(0, 0, 0);
        }
        // Not visible or trashed meanwhile: refused, and reported as such.
        List<Long> allowed = queries.visibleIds(asked, false);
        int changed = 0;
        for (Client client : clients.findAllById(allowed)) {
            var before = history.snapshot(client);
            if (edit.test(client)) {
                changed++;
                history.record(client, before);
            }
        }
        clients.flush();
        return new BatchResult(changed, allowed.size() - changed, asked.size() - allowed.size());
    }

    /** Each client's tags (name and colour, by name) for one page of the list. */
    Map<Long, List<TagBadge>> badges(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        // The page's (client, tag) pairs, then the few tags themselves, by name.
        Map<Long, List<Long>> clientsByTag = tags.tagIdsOf(clientIds).stream()
                .collect(Collectors.groupingBy(
                        r -> ((Number) r[1]).longValue(),
                        Collectors.mapping(r -> ((Number) r[0]).longValue(), Collectors.toList())));
        Map<Long, List<TagBadge>> badges = new HashMap<>();
        if (clientsByTag.isEmpty()) {
            return badges;
        }
        tags.findAllById(clientsByTag.keySet()).stream()
                .sorted(Comparator.comparing(ClientTag::getNameKey))
                .forEach(tag -> clientsByTag
                        .getOrDefault(tag.getId(), List.of())
                        .forEach(clientId -> badges.computeIfAbsent(clientId, k -> new ArrayList<>())
                                .add(new TagBadge(tag.getName(), tag.getColour()))));
        return badges;
    }

    /** The tags of a client the caller may see, by name, as badges (its overview's header). */
    public List<TagBadge> badgesOf(long clientId) {
        scope.require(clientId);
        return badges(List.of(clientId)).getOrDefault(clientId, List.of());
    }

    /**
     * Native SQL for another feature's query: the client whose id is in the column carries the tag bound to the
     * named parameter (one range of the (tag_id, client_id) index).
     */
    public static String sqlTagged(String clientIdColumn, String tagParameter) {
        return clientIdColumn + " in (select tm.client_id from client_tag_members tm where tm.tag_id = :" + tagParameter
                + ")";
    }

    /** The client's tag names as a CSV cell ("Newsletter, VIP"), for exports; empty for none. */
    public static String cell(Collection<ClientTag> clientTags) {
        return clientTags.stream()
                .map(ClientTag::getName)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .collect(Collectors.joining(SEPARATOR));
    }

    /** A CSV cell's tag names ("a, b"), blanks dropped; each still to be checked by {@link #normalise}. */
    public static List<String> names(@Nullable String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .filter(Objects::nonNull)
                .toList();
    }
}
