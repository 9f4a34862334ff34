package io.clientele.client;

import io.clientele.base.domain.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CompoundSelection;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.query.criteria.JpaSubQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The list queries: filter, sort and page in SQL, selecting straight into {@link ClientRow}. Text comparison is
 * case-insensitive through the column collation (MySQL's *_ci, H2's IGNORECASE mode), which keeps the columns
 * usable by indexes instead of wrapping them in lower().
 */
@Component
class ClientQueries {

    private static final char ESCAPE = '\\';

    private final EntityManager em;
    private final SearchWordQueries searchWords;
    private final ClientScope scope;
    private final StaffListQueries staffList;
    private final CustomFieldQueries customFields;
    private final ClientTagQueries tags;

    ClientQueries(
            EntityManager em,
            ClientScope scope,
            StaffListQueries staffList,
            CustomFieldQueries customFields,
            SearchWordQueries searchWords,
            ClientTagQueries tags) {
        this.em = em;
        this.tags = tags;
        this.searchWords = searchWords;
        this.scope = scope;
        this.staffList = staffList;
        this.customFields = customFields;
    }

    /**
     * Pages at most this deep are one query. Deeper ones first pick the page's ids by walking only the sort index
     * (the "deferred join"), then read those rows: skipping 250,000 full rows costs seconds on a million clients,
     * skipping 250,000 index entries a fraction of that.
     */
    static final long DEFERRED_JOIN_OFFSET = 1_000;

    List<ClientRow> page(ClientFilter filter, long offset, int limit, Sort sort) {
        if (ClientSort.isCustom(sort)) {
            return customSorted(filter, offset, limit, sort);
        }
        Long staffId = scope.caller().restrictedToStaffId();
        // A rare search word's terms are few: read once, each client's visibility checked (as the count does), rather
        // than once per half of the restricted list. At a million clients the restricted staff member's "Günter"
        // (8,000 terms) took 40 ms in two halves: the owned half 25, the assigned half 13 (2,000 assigned rows read).
        if (staffId != null && !staffList.searchesRareWord(filter)) {
            return rowsInOrder(staffList.pageIds(staffId, filter, offset, limit, sort));
        }
        // A search also picks ids first: its candidates (thousands for a common first name) are sorted with the
        // sort column and the id only, instead of with every column of the row.
        if (offset > DEFERRED_JOIN_OFFSET || !filter.normalizedSearch().isEmpty()) {
            return deepPage(filter, offset, limit, sort);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ClientRow> q = cb.createQuery(ClientRow.class);
        Root<Client> c = q.from(Client.class);
        q.select(row(cb, c));
        q.where(predicates(cb, q, c, filter));
        q.orderBy(orders(cb, c, sort));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    private List<ClientRow> deepPage(ClientFilter filter, long offset, int limit, Sort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Client> c = ids.from(Client.class);
        ids.select(c.get("id")).where(predicates(cb, ids, c, filter)).orderBy(orders(cb, c, sort));
        return rowsInOrder(em.createQuery(ids)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList());
    }

    /** The list rows of these clients, in the given order; a row trashed in between simply drops out. */
    private List<ClientRow> rowsInOrder(List<Long> pageIds) {
        if (pageIds.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ClientRow> rows = cb.createQuery(ClientRow.class);
        Root<Client> r = rows.from(Client.class);
        rows.select(row(cb, r)).where(r.get("id").in(pageIds));
        Map<Long, ClientRow> byId = new HashMap<>();
        em.createQuery(rows).getResultList().forEach(row -> byId.put(row.id(), row));
        return pageIds.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static CompoundSelection<ClientRow> row(CriteriaBuilder cb, Root<Client> c) {
        return cb.construct(
                ClientRow.class,
                c.get("id"),
                c.get("type"),
                c.get("name"),
                c.get("email"),
                c.get("phone"),
                c.get("location"),
                c.get("billingAddress").get("country"),
                c.get("active"),
                c.get("currency"),
                c.get("amountOwed"),
                c.get("trashedAt"));
    }

    long count(ClientFilter filter) {
        Long staffId = scope.caller().restrictedToStaffId();
        if (staffId != null) {
            return staffList.count(staffId, filter);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Client> c = q.from(Client.class);
        q.select(cb.count(c));
        q.where(predicates(cb, q, c, filter));
        return em.createQuery(q).getSingleResult();
    }

    /** How many clients match, counting no further than {@code limit}: the ids of the first ones in name order. */
    long countUpTo(ClientFilter filter, long limit) {
        CustomFieldFilter custom = filter.custom();
        if (custom != null && filter.normalizedSearch().isEmpty()) {
            return countUpTo(filter, custom, limit);
        }
        // Tags alone (issue 22): the tags' members read up to the limit (a restricted staff member: their halves).
        if (!filter.tagIds().isEmpty()
                && filter.normalizedSearch().isEmpty()
                && filter.groupIds().isEmpty()
                && !filter.trashed()) {
            Long staffId = scope.caller().restrictedToStaffId();
            return staffId != null
                    ? staffList.countUpTo(staffId, filter, limit)
                    : tags.countUpTo(filter.tagIds(), limit);
        }
        // A search with a common word (issue 18): from the rarest word's terms, or the restricted staff member's
        // halves.
        String driving = searchWords.drivingWord(filter.normalizedSearch());
        if (driving != null) {
            Long staffId = scope.caller().restrictedToStaffId();
            return staffId != null ? staffList.countUpTo(staffId, filter, limit) : countUpTo(filter, driving, limit);
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Client> c = ids.from(Client.class);
        // In the list's own order (rare words only by now, or no search): the optimizer may start from a rare word's
        // terms or walk the name index, and stops at the limit either way.
        ids.select(c.get("id")).where(predicates(cb, ids, c, filter)).orderBy(orders(cb, c, ClientSort.DEFAULT));
        return em.createQuery(ids)
                .setMaxResults(Math.toIntExact(limit))
                .getResultList()
                .size();
    }

    /**
     * The bounded count of a search with a common word, for a caller who is not a restricted staff member: the
     * distinct client ids of the driving word's range of {@code ix_client_search_terms_term} (the index ends with
     * the client id: index-only), each client checked against the rest of the filter — trash state, visibility, the
     * other words (probed), groups, tags, custom field — by primary key, stopped at {@code limit}. Linear in the limit
     * when the filter keeps most of the word's clients, where walking every client in name order and probing its
     * terms was linear in the walk (10,400 subquery probes for "example" at a million clients, 165 ms). Distinct,
     * because one client has several terms that start with the word ("examples", "example.com"). A filter that keeps
     * few of the word's clients reads more of the range — as the walk in name order did. A join, not a subquery, so
     * nothing can be materialized: for a common word the database may as well walk the live clients and join their
     * terms by primary key (the same reads the other way round, stopped at the limit too); a rare driving word's
     * range (below the threshold, estimated by index dives rather than statistics) is the smaller side by far.
     */
    private long countUpTo(ClientFilter filter, String driving, long limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<ClientSearchTerm> t = q.from(ClientSearchTerm.class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> all = new ArrayList<>();
        all.add(cb.like(t.get("term"), LikePattern.escape(driving) + "%", ESCAPE));
        all.add(cb.equal(c.get("id"), t.get("clientId")));
        all.addAll(List.of(predicates(cb, q, c, filter, driving)));
        q.select(t.get("clientId")).distinct(true).where(all.toArray(Predicate[]::new));
        return em.createQuery(q)
                .setMaxResults(Math.toIntExact(limit))
                .getResultList()
                .size();
    }

    /** The live clients the caller may see changed most recently, newest first (ix_clients_trashed_updated). */
    List<RecentClient> recentlyChanged(int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<RecentClient> q = cb.createQuery(RecentClient.class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> all = new ArrayList<>();
        all.add(cb.isNull(c.get("trashedAt")));
        Predicate restriction = scope.restriction(cb, c);
        if (restriction != null) {
            all.add(restriction);
        }
        q.select(cb.construct(RecentClient.class, c.get("id"), c.get("name"), c.get("type"), c.get("updatedAt")))
                .where(all.toArray(Predicate[]::new))
                .orderBy(cb.desc(c.get("updatedAt")), cb.desc(c.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }

    /** Groups with the most live clients the caller may see, largest first. */
    List<GroupSize> largestGroups(int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<GroupSize> q = cb.createQuery(GroupSize.class);
        Root<Client> c = q.from(Client.class);
        Join<Client, ClientGroup> g = c.join("groups");
        List<Predicate> all = new ArrayList<>();
        all.add(cb.isNull(c.get("trashedAt")));
        Predicate restriction = scope.restriction(cb, c);
        if (restriction != null) {
            all.add(restriction);
        }
        Expression<Long> members = cb.count(c);
        q.select(cb.construct(GroupSize.class, g.get("id"), g.get("name"), members))
                .where(all.toArray(Predicate[]::new))
                .groupBy(g.get("id"), g.get("name"))
                .orderBy(cb.desc(members), cb.asc(g.get("name")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }

    /** Live clients of one type the caller may see that the list's search finds, by name (for pickers). */
    List<Client> ofType(ClientType type, String search, long offset, int limit) {
        return ofType(type, search, List.of(), offset, limit);
    }

    /** {@link #ofType(ClientType, String, long, int)} leaving out these clients (a parent picker's own subtree). */
    List<Client> ofType(ClientType type, String search, Collection<Long> excluded, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Client> q = cb.createQuery(Client.class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> all = new ArrayList<>();
        all.add(cb.equal(c.get("type"), type));
        if (!excluded.isEmpty()) {
            all.add(cb.not(c.get("id").in(excluded)));
        }
        all.add(scope.visible(cb, c));
        // The same word-prefix search as the list: "contains" would read every client of the type at a million.
        all.addAll(searched(cb, q, c, search.strip()));
        q.select(c).where(all.toArray(Predicate[]::new)).orderBy(cb.asc(c.get("name")), cb.asc(c.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** The live individuals of a company that the caller may see, by name. */
    List<ClientRow> members(long companyId, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ClientRow> q = cb.createQuery(ClientRow.class);
        Root<Client> c = q.from(Client.class);
        q.select(cb.construct(
                ClientRow.class,
                c.get("id"),
                c.get("type"),
                c.get("name"),
                c.get("email"),
                c.get("phone"),
                c.get("location"),
                c.get("billingAddress").get("country"),
                c.get("active"),
                c.get("currency"),
                c.get("amountOwed"),
                c.get("trashedAt")));
        List<Predicate> all = new ArrayList<>();
        all.add(cb.equal(c.get("company").get("id"), companyId));
        all.add(scope.visible(cb, c));
        q.where(all.toArray(Predicate[]::new)).orderBy(cb.asc(c.get("name")), cb.asc(c.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }

    /** Ids among {@code ids} the caller may see and that are live (or trashed, as asked). */
    List<Long> visibleIds(Collection<Long> ids, boolean trashed) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> all = new ArrayList<>();
        all.add(c.get("id").in(ids));
        all.add(trashed ? cb.isNotNull(c.get("trashedAt")) : ClientScope.live(cb, c));
        Predicate restriction = scope.restriction(cb, c);
        if (restriction != null) {
            all.add(restriction);
        }
        q.select(c.get("id")).where(all.toArray(Predicate[]::new));
        return em.createQuery(q).getResultList();
    }

    /**
     * Live clients the caller may see whose e-mail (main or alternate), tax ID or name key equals the given ones,
     * by name; blank values are not compared. Equality is case-insensitive through the column collation.
     */
    List<Object[]> likelyDuplicates(@Nullable String email, @Nullable String taxId, String nameKey, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> any = new ArrayList<>();
        if (email != null) {
            any.add(cb.equal(c.get("email"), email));
            any.add(cb.equal(c.get("alternateEmail"), email));
        }
        if (taxId != null) {
            any.add(cb.equal(c.get("taxId"), taxId));
        }
        if (!nameKey.isEmpty()) {
            any.add(cb.equal(c.get("nameKey"), nameKey));
        }
        if (any.isEmpty()) {
            return List.of();
        }
        List<Predicate> all = new ArrayList<>();
        all.add(scope.visible(cb, c));
        all.add(cb.or(any.toArray(Predicate[]::new)));
        q.multiselect(c.get("id"), c.get("name"), c.get("email"), c.get("alternateEmail"), c.get("taxId"))
                .where(all.toArray(Predicate[]::new))
                .orderBy(cb.asc(c.get("name")), cb.asc(c.get("id")));
        return em.createQuery(q).setMaxResults(limit).getResultList();
    }

    /**
     * Live clients the caller may see whose e-mail (main or alternate, ignoring case), tax ID (ignoring case and
     * blanks) or name key is among the given ones: id, name, e-mail, alternate e-mail, tax ID, name key.
     */
    List<Object[]> matching(Collection<String> emails, Collection<String> taxKeys, Collection<String> nameKeys) {
        if (emails.isEmpty() && taxKeys.isEmpty() && nameKeys.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> q = cb.createQuery(Object[].class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> any = new ArrayList<>();
        if (!emails.isEmpty()) {
            any.add(cb.lower(c.get("email")).in(emails));
            any.add(cb.lower(c.get("alternateEmail")).in(emails));
        }
        if (!taxKeys.isEmpty()) {
            any.add(cb.upper(cb.function("replace", String.class, c.get("taxId"), cb.literal(" "), cb.literal("")))
                    .in(taxKeys));
        }
        if (!nameKeys.isEmpty()) {
            any.add(c.get("nameKey").in(nameKeys));
        }
        List<Predicate> all = new ArrayList<>();
        all.add(cb.isNull(c.get("trashedAt")));
        all.add(cb.or(any.toArray(Predicate[]::new)));
        Predicate restriction = scope.restriction(cb, c);
        if (restriction != null) {
            all.add(restriction);
        }
        q.multiselect(
                        c.get("id"),
                        c.get("name"),
                        c.get("email"),
                        c.get("alternateEmail"),
                        c.get("taxId"),
                        c.get("nameKey"))
                .where(all.toArray(Predicate[]::new));
        return em.createQuery(q).getResultList();
    }

    private Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> q, Root<Client> c, ClientFilter filter) {
        return predicates(cb, q, c, filter, null);
    }

    /** The filter's predicates, leaving out the search word {@code read} when the query reads its terms itself. */
    private Predicate[] predicates(
            CriteriaBuilder cb, CriteriaQuery<?> q, Root<Client> c, ClientFilter filter, @Nullable String read) {
        List<Predicate> all = new ArrayList<>();
        all.add(filter.trashed() ? cb.isNotNull(c.get("trashedAt")) : ClientScope.live(cb, c));
        Predicate restriction = scope.restriction(cb, c);
        if (restriction != null) {
            all.add(restriction);
        }
        if (!filter.groupIds().isEmpty()) {
            Subquery<Long> inGroups = q.subquery(Long.class);
            Root<Client> member = inGroups.correlate(c);
            Join<Client, ClientGroup> group = member.join("groups");
            inGroups.select(group.<Long>get("id")).where(group.get("id").in(filter.groupIds()));
            all.add(cb.exists(inGroups));
        }
        // Issue 22: any of the chosen tags, a range of ix_client_tag_members_tag per tag probed by client id.
        if (!filter.tagIds().isEmpty()) {
            JpaSubQuery<Long> tagged = (JpaSubQuery<Long>) q.subquery(Long.class);
            Root<Client> member = tagged.correlate(c);
            Join<Client, ClientTag> tag = member.join("tags");
            tagged.select(tag.<Long>get("id")).where(tag.get("id").in(filter.tagIds()));
            if (tags.common(filter.tagIds())) {
                // Probed per client of the list's order (a scalar subquery cannot become a semi-join).
                tagged.fetch(1);
                all.add(cb.isNotNull(tagged));
            } else {
                all.add(cb.exists(tagged));
            }
        }
        all.addAll(searched(cb, q, c, filter.normalizedSearch(), read));
        CustomFieldFilter custom = filter.custom();
        if (custom != null) {
            all.add(customFields.predicate(cb, q, c, customFields.condition(custom)));
        }
        return all.toArray(Predicate[]::new);
    }

    /** What the search field asks, as predicates on {@code c} (none for a blank search). */
    private List<Predicate> searched(CriteriaBuilder cb, CommonAbstractCriteria q, Root<Client> c, String search) {
        return searched(cb, q, c, search, null);
    }

    /** {@link #searched(CriteriaBuilder, CommonAbstractCriteria, Root, String)} without the word {@code read}. */
    private List<Predicate> searched(
            CriteriaBuilder cb, CommonAbstractCriteria q, Root<Client> c, String search, @Nullable String read) {
        List<Predicate> found = new ArrayList<>();
        List<String> words = ClientSearchTerms.words(search);
        if (ClientSearchTerms.matchesNameStartOnly(words)) {
            if (!search.isEmpty()) {
                // One or two letters start terms of tens of thousands of clients (0.2-0.5 s per page at a million,
                // more for the count); as the start of the name they are a range of ix_clients_live_search in the
                // list's own order, a few milliseconds: an alphabetical jump, which is what "mü" usually means.
                found.add(cb.like(c.get("name"), LikePattern.escape(search) + "%", ESCAPE));
            }
        } else {
            // Every typed word must start a term of the client (AND). A rare word is a range of
            // ix_client_search_terms_term that yields client ids; a common one is probed per client of the list's
            // order (by primary key, one row at most), which no optimizer can turn into reading all its terms first.
            for (String word : words) {
                if (word.equals(read)) {
                    continue;
                }
                String pattern = LikePattern.escape(word) + "%";
                if (searchWords.common(word)) {
                    JpaSubQuery<Long> probe = (JpaSubQuery<Long>) q.subquery(Long.class);
                    Root<ClientSearchTerm> t = probe.from(ClientSearchTerm.class);
                    probe.select(t.<Long>get("clientId"))
                            .where(cb.equal(t.get("clientId"), c.get("id")), cb.like(t.get("term"), pattern, ESCAPE));
                    probe.fetch(1);
                    found.add(cb.isNotNull(probe));
                } else {
                    Subquery<Long> matching = q.subquery(Long.class);
                    Root<ClientSearchTerm> t = matching.from(ClientSearchTerm.class);
                    matching.select(t.<Long>get("clientId")).where(cb.like(t.get("term"), pattern, ESCAPE));
                    found.add(c.get("id").in(matching));
                }
            }
        }
        return found;
    }

    private List<Order> orders(CriteriaBuilder cb, Root<Client> c, Sort sort) {
        List<Order> orders = new ArrayList<>();
        boolean ascending = true;
        for (Sort.Order o : sort.isSorted() ? sort : ClientSort.DEFAULT) {
            String attribute = ClientSort.ATTRIBUTES.get(o.getProperty());
            if (attribute == null) {
                throw new IllegalArgumentException("Clients cannot be sorted by " + o.getProperty());
            }
            ascending = o.isAscending();
            if (ClientSort.BALANCE.equals(o.getProperty())) {
                // Amounts in different currencies do not compare: by currency first (ix_clients_trashed_currency_owed).
                Path<Object> currency = c.get("currency");
                orders.add(ascending ? cb.asc(currency) : cb.desc(currency));
            }
            Path<Object> path = c.get(attribute);
            orders.add(ascending ? cb.asc(path) : cb.desc(path));
        }
        // Ties broken by id so that paging never shows a row twice or skips one; in the sort's own direction, so
        // that a descending sort reads its index backwards instead of sorting a million rows (secondary indexes
        // end with the id).
        Path<Object> id = c.get("id");
        orders.add(ascending ? cb.asc(id) : cb.desc(id));
        return orders;
    }

    /**
     * How many entries of a custom field's value index a sorted page may walk before the list gives up on the walk
     * and lets the database join and sort (see {@link #customSorted}).
     */
    static final int CUSTOM_SORT_WALK = 20_000;

    private volatile int sortWalk = CUSTOM_SORT_WALK;

    /** Another walk length, for tests that run every custom sort through the database's join (0) or the walk. */
    void useSortWalk(int entries) {
        sortWalk = entries;
    }

    /** The most ids one step of the walk checks against the filter at once. */
    private static final int CUSTOM_SORT_STEP = 5_000;

    /**
     * A page sorted by a custom field (issue 22): the clients with a value in the value's order (ties by id in the
     * same direction), then the clients without one by name, in either direction. Joining every live client to its
     * value and sorting them all cost 4.6 s at a million clients; instead the field's value index is walked in order
     * (index-only reads, a growing step at a time) and each step's clients checked against the filter and the
     * caller's visibility by primary key, until the page is full — a few milliseconds when the filter keeps many of
     * them. A filter that keeps few (a rare word, a staff member with a handful of clients) would make the walk long:
     * after {@link #CUSTOM_SORT_WALK} entries the database joins and sorts the (then few) matching clients instead.
     */
    private List<ClientRow> customSorted(ClientFilter filter, long offset, int limit, Sort sort) {
        Sort.Order order = sort.stream()
                .filter(o -> o.getProperty().startsWith(ClientSort.CUSTOM_PREFIX))
                .findFirst()
                .orElseThrow();
        CustomFieldQueries.SortKey key = customFields.sortKey(order.getProperty());
        boolean ascending = order.isAscending();
        int walk = sortWalk;
        if (offset + limit > walk) {
            return rowsInOrder(customSortedByDatabase(filter, key, ascending, offset, limit));
        }
        List<Long> page = new ArrayList<>();
        long passed = 0;
        long read = 0;
        int step = (int) Math.min(CUSTOM_SORT_STEP, Math.max(50, 2 * (offset + limit)));
        while (read < walk) {
            List<Long> entries = customFields.inValueOrder(key, ascending, read, step);
            read += entries.size();
            Set<Long> kept = new HashSet<>(visibleMatches(filter, entries));
            for (Long id : entries) {
                if (kept.contains(id)) {
                    if (passed >= offset) {
                        page.add(id);
                        if (page.size() == limit) {
                            return rowsInOrder(page);
                        }
                    }
                    passed++;
                }
            }
            if (entries.size() < step) {
                // Every client with a value has been seen: the ones without follow.
                page.addAll(withoutValue(filter, key, Math.max(0, offset - passed), limit - page.size()));
                return rowsInOrder(page);
            }
            // The next step sized by how many of this one the filter kept.
            double share = Math.max(1, kept.size()) / (double) entries.size();
            long wanted = offset + limit - passed;
            step = (int) Math.min(CUSTOM_SORT_STEP, Math.max(50, Math.ceil(wanted / share * 1.2)));
        }
        return rowsInOrder(customSortedByDatabase(filter, key, ascending, offset, limit));
    }

    /** Which of these clients the filter keeps and the caller may see (by primary key). */
    private List<Long> visibleMatches(ClientFilter filter, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Client> c = q.from(Client.class);
        List<Predicate> all = new ArrayList<>(List.of(predicates(cb, q, c, filter)));
        all.add(c.get("id").in(ids));
        q.select(c.get("id")).where(all.toArray(Predicate[]::new));
        return em.createQuery(q).getResultList();
    }

    /** The clients the filter keeps that hold no value of the sort's field, by name. */
    private List<Long> withoutValue(ClientFilter filter, CustomFieldQueries.SortKey key, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Client> c = q.from(Client.class);
        Subquery<Long> valued = q.subquery(Long.class);
        Root<ClientFieldValue> v = valued.from(ClientFieldValue.class);
        valued.select(v.<Long>get("clientId"))
                .where(
                        cb.equal(v.get("fieldId"), key.fieldId()),
                        cb.equal(v.get("clientId"), c.get("id")),
                        cb.isNotNull(v.get(key.attribute())));
        List<Predicate> all = new ArrayList<>(List.of(predicates(cb, q, c, filter)));
        all.add(cb.not(cb.exists(valued)));
        q.select(c.get("id")).where(all.toArray(Predicate[]::new)).orderBy(cb.asc(c.get("name")), cb.asc(c.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The same order as the walk, by the database: every matching client joined to its value (primary key lookups)
     * and sorted — right when the filter keeps few clients, and for pages deeper than the walk.
     */
    private List<Long> customSortedByDatabase(
            ClientFilter filter, CustomFieldQueries.SortKey key, boolean ascending, long offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Client> c = q.from(Client.class);
        Join<Client, ClientFieldValue> v = c.join(ClientFieldValue.class, JoinType.LEFT);
        v.on(cb.equal(v.get("clientId"), c.get("id")), cb.equal(v.get("fieldId"), key.fieldId()));
        Path<Object> value = v.get(key.attribute());
        Expression<Integer> valueless =
                cb.<Integer>selectCase().when(cb.isNull(value), 1).otherwise(0);
        Expression<String> nameIfValueless = cb.<String>selectCase()
                .when(cb.isNull(value), c.<String>get("name"))
                .otherwise(cb.nullLiteral(String.class));
        Expression<Long> idIfValued = cb.<Long>selectCase()
                .when(cb.isNull(value), cb.nullLiteral(Long.class))
                .otherwise(c.<Long>get("id"));
        q.select(c.get("id"))
                .where(predicates(cb, q, c, filter))
                .orderBy(
                        cb.asc(valueless),
                        ascending ? cb.asc(value) : cb.desc(value),
                        cb.asc(nameIfValueless),
                        ascending ? cb.asc(idIfValued) : cb.desc(idIfValued),
                        cb.asc(c.get("id")));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The bounded count of a list narrowed by a custom field and no search (issue 22): read from the condition's
     * index range, each entry's client checked by primary key, stopped at {@code limit} — linear in the limit, where
     * walking the clients in name order and probing each would be linear in limit / share. A restricted staff
     * member's goes through their two halves.
     */
    private long countUpTo(ClientFilter filter, CustomFieldFilter custom, long limit) {
        Long staffId = scope.caller().restrictedToStaffId();
        if (staffId != null) {
            return staffList.countUpTo(staffId, filter, limit);
        }
        CustomFieldQueries.Condition condition = customFields.condition(custom);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<?> v = q.from(condition.entity());
        Root<Client> c = q.from(Client.class);
        List<Predicate> all = new ArrayList<>(customFields.matches(cb, v, condition));
        all.add(cb.equal(c.get("id"), v.get("clientId")));
        all.addAll(List.of(predicates(cb, q, c, filter.withCustom(null))));
        q.select(c.get("id")).where(all.toArray(Predicate[]::new));
        return em.createQuery(q)
                .setMaxResults(Math.toIntExact(limit))
                .getResultList()
                .size();
    }
}
