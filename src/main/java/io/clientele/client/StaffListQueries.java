package io.clientele.client;

import io.clientele.base.domain.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The client list of a restricted STAFF user (sees only clients they own or are assigned to), without a search.
 *
 * <p>The general list query tests "owner = me or assigned to me" on each entry while it walks the sort index. That is
 * fast when the user's clients are spread evenly over the sort order, and seconds at a million clients when they are
 * not (a staff member who looks after a few countries sorts by location: their clients come last), or for any deep
 * page. Here the two halves are separate queries that each read an index in sort order: the clients they own through
 * the owner-led indexes of changeset 0017 ({@code owner_id, trashed_at, column}), the ones assigned to them (usually
 * few) through {@code client_staff}. Each half yields only the ids (with their sort keys) that can fall on the page;
 * the database merges them in the list's order and cuts the page, so ties and collation are the database's, as in
 * the general query. When nobody assigned them a client they do not own, the owned half alone is the page.
 *
 * <p>A search applies to both halves (the list's search: word prefixes over {@code client_search_terms}). For a word
 * most clients have, the owned half walks the owner's name index and stops after a page of matches; for a rare word
 * the database starts from the terms instead.
 */
@Component
class StaffListQueries {

    /** UI sort key to column; the same keys as {@link ClientSort#ATTRIBUTES}. */
    private static final Map<String, String> COLUMNS = Map.of(
            ClientSort.NAME,
            "name",
            ClientSort.TYPE,
            "client_type",
            ClientSort.EMAIL,
            "email",
            ClientSort.PHONE,
            "phone",
            ClientSort.LOCATION,
            "location",
            ClientSort.ACTIVE,
            "active",
            ClientSort.TRASHED_AT,
            "trashed_at",
            ClientSort.BALANCE,
            // By currency, then amount: amounts in different currencies do not compare (ClientSort.BALANCE).
            "currency,amount_owed");

    /**
     * What the owned half of a bounded count reads first: the owner's clients (walked, each probed for the filter), or
     * the range of a common tag filter's members or of a common custom condition, each entry's client checked.
     */
    private enum Range {
        OWNER,
        TAGS,
        CUSTOM
    }

    private final EntityManager em;
    private final SearchWordQueries searchWords;
    private final CustomFieldQueries customFields;
    private final ClientTagQueries tags;
    private final boolean indexHints;

    StaffListQueries(
            EntityManager em,
            SearchWordQueries searchWords,
            CustomFieldQueries customFields,
            ClientTagQueries tags,
            @Value("${clientele.sql.index-hints:false}") boolean indexHints) {
        this.em = em;
        this.tags = tags;
        this.searchWords = searchWords;
        this.customFields = customFields;
        this.indexHints = indexHints;
    }

    /** The ids of one page, in the list's order. */
    List<Long> pageIds(long staffId, ClientFilter filter, long offset, int limit, Sort sort) {
        List<String> keys = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<Boolean> ascendings = new ArrayList<>();
        StringJoiner inner = new StringJoiner(", ");
        StringJoiner outer = new StringJoiner(", ");
        boolean ascending = true;
        for (Sort.Order o : sort.isSorted() ? sort : ClientSort.DEFAULT) {
            String column = COLUMNS.get(o.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Clients cannot be sorted by " + o.getProperty());
            }
            ascending = o.isAscending();
            String direction = ascending ? " asc" : " desc";
            for (String part : column.split(",")) {
                String alias = "k" + keys.size();
                keys.add("c." + part + " as " + alias);
                columns.add("c." + part);
                ascendings.add(ascending);
                inner.add("c." + part + direction);
                outer.add("u." + alias + direction);
            }
        }
        // Ties by id in the sort's direction, as in ClientQueries: the index order, no sort.
        inner.add(ascending ? "c.id asc" : "c.id desc");
        outer.add(ascending ? "u.id asc" : "u.id desc");
        columns.add("c.id");
        ascendings.add(ascending);
        String where = conditions(filter);
        String select = "select c.id, " + String.join(", ", keys);
        String owned = select + " from clients c where c.owner_id = ?1" + where;
        // The first page needs no count of the assigned clients (nothing is skipped); with a search that count costs a
        // terms probe per assigned client.
        long assigned = offset == 0 ? -1 : assignedCount(staffId, filter);
        if (assigned == 0) {
            Query q = em.createNativeQuery(owned + " order by " + inner, Object[].class);
            bind(q, staffId, filter);
            return ids(q.setFirstResult(Math.toIntExact(offset))
                    .setMaxResults(limit)
                    .getResultList());
        }
        // With a assigned clients, at most a of them come before any position, so the owned clients at positions
        // below offset - a are certainly before the page: the owned half skips them in its index (entries only, no
        // rows) and brings the next a + limit; the assigned half brings at most that many too. In the merge of the
        // two, the element at index (offset - skipped) is then the page's first: everything before it in the merge is
        // either skipped or fetched. Deep pages merge about 2a + limit rows instead of 2 (offset + limit).
        long skipped = assigned < 0 ? 0 : Math.max(0, offset - assigned);
        long take = offset - skipped + limit;
        String ownedHalf = owned + " order by " + inner + " limit " + take + " offset " + skipped;
        String assignedHalf = select + " from clients c join client_staff a on a.client_id = c.id where a.user_id = ?1"
                + " and (c.owner_id is null or c.owner_id <> ?1)";
        if (offset > 0) {
            // A deeper page: both halves in one statement (a bound would cost a round trip and an id list of a + limit
            // owned rows, more than it saves: page 4,041 took 44 ms with it, 39 without).
            String sql = "select u.id, u.k0 from ((" + ownedHalf + ") union all (" + assignedHalf + where + " order by "
                    + inner + " limit " + take + ")) u order by " + outer;
            Query q = em.createNativeQuery(sql, Object[].class);
            bind(q, staffId, filter);
            return ids(q.setFirstResult(Math.toIntExact(offset - skipped))
                    .setMaxResults(limit)
                    .getResultList());
        }
        // The first page: the owned half first. An assigned client after its last row has a full page of owned
        // clients before it in the merge: it cannot be on the page. Bounded so, the assigned half reads each assigned
        // client's row but probes the filter (a search's terms, a custom value) only for those that sort before that
        // row, instead of for all of them (2,000 probes: most of a filtered first page's 30-40 ms at a million
        // clients).
        Query ownedQuery = em.createNativeQuery(ownedHalf, Object[].class);
        bind(ownedQuery, staffId, filter);
        @SuppressWarnings("unchecked")
        List<Object[]> ownedRows = ownedQuery.getResultList();
        String bound = "";
        String assignedWhere = where;
        List<Object> boundValues = new ArrayList<>();
        int next = bind(null, staffId, filter, null, Range.OWNER);
        if (ownedRows.size() == take) {
            bound = " and " + atOrBefore(columns, ascendings, ownedRows.getLast(), 0, next, boundValues);
            // Few rows pass the bound: a tag filter probed for those only, never a range read first.
            assignedWhere = conditions(filter, null, Range.OWNER, true);
        }
        String assignedPage = assignedHalf + bound + assignedWhere + " order by " + inner + " limit " + take;
        StringJoiner ownedIds = new StringJoiner(", ");
        ownedRows.forEach(r -> ownedIds.add(String.valueOf(((Number) r[0]).longValue())));
        // The owned rows again by id (their keys for the database's merge, in its collation and null order).
        String sql = ownedRows.isEmpty()
                ? "select u.id, u.k0 from (" + assignedPage + ") u order by " + outer
                : "select u.id, u.k0 from ((" + select + " from clients c where c.id in (" + ownedIds + "))"
                        + " union all (" + assignedPage + ")) u order by " + outer;
        Query q = em.createNativeQuery(sql, Object[].class);
        bind(q, staffId, filter);
        for (int i = 0; i < boundValues.size(); i++) {
            q.setParameter(next + i, boundValues.get(i));
        }
        return ids(q.setMaxResults(limit).getResultList());
    }

    /**
     * "Sorts at or before {@code row}" in the list's order, from sort column {@code i} on ({@code row}'s values at
     * {@code i + 1}, the last column the id at 0): a column's earlier values, or its value and the rest at or before.
     * Nulls come first when ascending and last when descending, as both databases sort them; the row's non-null values
     * are bound from {@code next} on, appended to {@code values}.
     */
    private static String atOrBefore(
            List<String> columns, List<Boolean> ascendings, Object[] row, int i, int next, List<Object> values) {
        String column = columns.get(i);
        boolean asc = ascendings.get(i);
        if (i == columns.size() - 1) {
            values.add(row[0]);
            return column + (asc ? " <= ?" : " >= ?") + (next + values.size() - 1);
        }
        @Nullable Object value = row[i + 1];
        String before;
        String same;
        if (value == null) {
            before = asc ? "1 = 0" : column + " is not null";
            same = column + " is null";
        } else {
            values.add(value);
            int mark = next + values.size() - 1;
            before = asc ? "(" + column + " is null or " + column + " < ?" + mark + ")" : column + " > ?" + mark;
            same = column + " = ?" + mark;
        }
        return "(" + before + " or (" + same + " and " + atOrBefore(columns, ascendings, row, i + 1, next, values)
                + "))";
    }

    /** How many clients the staff member sees under the filter: owned plus assigned and not owned. */
    long count(long staffId, ClientFilter filter) {
        String where = conditions(filter);
        Query q = em.createNativeQuery("select count(*) from clients c where c.owner_id = ?1" + where, Long.class);
        bind(q, staffId, filter);
        return ((Number) q.getSingleResult()).longValue() + assignedCount(staffId, filter);
    }

    /**
     * {@link #count} stopped at {@code limit}: each half's index walk ends when the limit is reached (a custom
     * filter that a quarter of the clients match, issue 22, would otherwise count all of them).
     */
    long countUpTo(long staffId, ClientFilter filter, long limit) {
        // A search with a common word (issue 18): which word's terms, if any, the halves read. The staff member's
        // clients are a fraction of all (a fifth in the benchmark). Reading a word's term range finds one of theirs
        // every ~5 entries, each checked by primary key; walking their own clients (the owner index, client_staff)
        // and probing the word's terms by primary key finds one per probe when most clients have the word. So a
        // common word is probed along the walk (~1 probe per hit, bounded by the limit), and the walk is also bounded
        // by their own clients; a rare word (a search that also has a common one) is read from its range, at most
        // clientele.search.common-terms entries, where a walk could pass all their clients to find few.
        String driving = searchWords.drivingWord(filter.normalizedSearch());
        String read = driving != null && !searchWords.common(driving) ? driving : null;
        Range range = range(filter);
        long count = range == Range.OWNER
                ? halfUpTo(" where c.owner_id = ?1", staffId, filter, read, limit)
                : ownedUpTo(staffId, filter, range, limit);
        if (count >= limit) {
            return count;
        }
        return count
                + halfUpTo(
                        " join client_staff a on a.client_id = c.id"
                                + " where a.user_id = ?1 and (c.owner_id is null or c.owner_id <> ?1)",
                        staffId,
                        filter,
                        read,
                        limit - count);
    }

    /**
     * One half of {@link #countUpTo}, up to {@code limit}: the clients {@code whose} picks (a join and where clause on
     * {@code c}), or with {@code read} that rare search word's terms joined to them.
     */
    private long halfUpTo(String whose, long staffId, ClientFilter filter, @Nullable String read, long limit) {
        String select = read == null
                ? "select 1 from clients c"
                : "select distinct t.client_id from client_search_terms t join clients c on c.id = t.client_id";
        String term = read == null ? "" : " and t.term like ?2 escape '!'";
        Query q = em.createNativeQuery(
                "select count(*) from (" + select + whose + term + conditions(filter, read) + " limit " + limit + ") x",
                Long.class);
        bind(q, staffId, filter, read);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * Which range the owned half of a count reads (issue 18): without a search, a tag filter or custom condition that
     * many clients match is read from its own index range, each entry's client checked for owner and trash state by
     * {@code ix_clients_owner_id} (changeset 0050) — about five entries per hit for a member who owns a fifth of the
     * clients, the entries and the checks both in id order. Walking the member's 200,000 clients and probing each
     * for a tag on a tenth took ten probes per hit in the walk's order (133 ms at 1,000,000 clients; 53 ms read from
     * the range). A rare condition is read from its range by the usual shape already.
     */
    private Range range(ClientFilter filter) {
        if (!filter.normalizedSearch().isEmpty()) {
            return Range.OWNER;
        }
        CustomFieldFilter custom = filter.custom();
        if (custom != null && customFields.common(customFields.condition(custom))) {
            return Range.CUSTOM;
        }
        return !filter.tagIds().isEmpty() && tags.common(filter.tagIds()) ? Range.TAGS : Range.OWNER;
    }

    /**
     * The owned half of {@link #countUpTo} read from a range. On MySQL/MariaDB the range drives the join
     * ({@code straight_join}) and each client is checked in the narrow index {@code (owner_id, id, trashed_at)} (the
     * optimizer prefers the primary key's eq_ref, 98 against 53 ms); elsewhere {@code owner_id + 0} keeps the owner
     * indexes from driving it. The range's operands are bound after the filter's other conditions.
     */
    private long ownedUpTo(long staffId, ClientFilter filter, Range range, long limit) {
        String clients = "clients c" + (indexHints ? " force index (ix_clients_owner_id)" : "");
        String hint = indexHints ? "straight_join " : "";
        String owner = indexHints ? " and c.owner_id = ?1" : " and c.owner_id + 0 = ?1";
        String where = conditions(filter, null, range);
        int first = bind(null, staffId, filter, null, range);
        String sql;
        CustomFieldQueries.Condition condition = null;
        if (range == Range.CUSTOM) {
            condition = customFields.condition(Objects.requireNonNull(filter.custom()));
            sql = "select " + hint + "v.client_id from " + condition.table() + " v join " + clients
                    + " on c.id = v.client_id where v.field_id = ?" + first + condition.sql(first + 1);
        } else {
            StringJoiner marks = new StringJoiner(", ");
            for (int i = 0; i < filter.tagIds().size(); i++) {
                marks.add("?" + (first + i));
            }
            // One tag's members are distinct clients already; several tags' may repeat one.
            sql = "select " + (filter.tagIds().size() > 1 ? "distinct " : "") + hint
                    + "r.client_id from client_tag_members r" + " join " + clients
                    + " on c.id = r.client_id where r.tag_id in (" + marks + ")";
        }
        Query owned = em.createNativeQuery(
                "select count(*) from (" + sql + owner + where + " limit " + limit + ") x", Long.class);
        bind(owned, staffId, filter, null, range);
        if (condition != null) {
            CustomFieldQueries.bind(owned, condition, first);
        } else {
            int i = first;
            for (Long tag : filter.tagIds().stream().sorted().toList()) {
                owned.setParameter(i++, tag);
            }
        }
        return ((Number) owned.getSingleResult()).longValue();
    }

    private long assignedCount(long staffId, ClientFilter filter) {
        Query q = em.createNativeQuery(
                "select count(*) from clients c join client_staff a on a.client_id = c.id"
                        + " where a.user_id = ?1 and (c.owner_id is null or c.owner_id <> ?1)" + conditions(filter),
                Long.class);
        bind(q, staffId, filter);
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * The filter's conditions on {@code c}: group ids are bound from parameter 2 on, then tag ids, then the search's patterns. The
     * search is the list's ({@code ClientQueries}): every word starts a term of the client, or with only one or two
     * characters the name starts with them.
     */
    private String conditions(ClientFilter filter) {
        return conditions(filter, null);
    }

    /**
     * {@link #conditions(ClientFilter)} without the search word {@code read}, whose terms the query reads itself
     * with its pattern bound as parameter 2 (everything else then one further on).
     */
    private String conditions(ClientFilter filter, @Nullable String read) {
        return conditions(filter, read, Range.OWNER);
    }

    /** {@link #conditions(ClientFilter, String)} without the tag filter or custom condition that {@code range} reads. */
    private String conditions(ClientFilter filter, @Nullable String read, Range range) {
        return conditions(filter, read, range, false);
    }

    /**
     * {@link #conditions(ClientFilter, String, Range)}; with {@code probe}, the tag filter is probed per client whatever
     * its frequency (for a query whose own conditions already leave few rows: a semi-join would read a rare tag's whole
     * member range first, for rows the rest then throws away). Search words need no such flag here: a search with a
     * rare word takes the general list query ({@link #searchesRareWord}), so the halves only ever see common ones,
     * which are probed anyway.
     */
    private String conditions(ClientFilter filter, @Nullable String read, Range range, boolean probe) {
        StringBuilder sql =
                new StringBuilder(filter.trashed() ? " and c.trashed_at is not null" : " and c.trashed_at is null");
        int next = read == null ? 2 : 3;
        if (!filter.groupIds().isEmpty()) {
            StringJoiner marks = new StringJoiner(", ");
            for (int i = 0; i < filter.groupIds().size(); i++) {
                marks.add("?" + next++);
            }
            sql.append(" and exists (select 1 from client_group_members m where m.client_id = c.id and m.group_id in (")
                    .append(marks)
                    .append("))");
        }
        // Issue 22: any of the chosen tags, bound after the groups.
        if (!filter.tagIds().isEmpty() && range != Range.TAGS) {
            StringJoiner marks = new StringJoiner(", ");
            for (int i = 0; i < filter.tagIds().size(); i++) {
                marks.add("?" + next++);
            }
            if (probe || tags.common(filter.tagIds())) {
                // A tag many clients carry: probed per client of the half's index order (see ClientTagQueries).
                sql.append(" and (select tm.client_id from client_tag_members tm where tm.client_id = c.id")
                        .append(" and tm.tag_id in (")
                        .append(marks)
                        .append(") limit 1) is not null");
            } else {
                sql.append(
                                " and exists (select 1 from client_tag_members tm where tm.client_id = c.id and tm.tag_id in (")
                        .append(marks)
                        .append("))");
            }
        }
        List<String> patterns = searchPatterns(filter);
        if (!patterns.isEmpty() && nameOnly(filter)) {
            sql.append(" and c.name like ?").append(next++).append(" escape '!'");
        } else {
            // A rare word as a range of the term index, a common one probed per client (see SearchWordQueries).
            List<String> words = ClientSearchTerms.words(filter.normalizedSearch());
            for (int i = 0; i < patterns.size(); i++) {
                if (words.get(i).equals(read)) {
                    continue;
                }
                if (searchWords.common(words.get(i))) {
                    sql.append(" and (select t.client_id from client_search_terms t where t.client_id = c.id")
                            .append(" and t.term like ?")
                            .append(next++)
                            .append(" escape '!' limit 1) is not null");
                } else {
                    sql.append(" and c.id in (select t.client_id from client_search_terms t where t.term like ?")
                            .append(next++)
                            .append(" escape '!')");
                }
            }
        }
        // Issue 22: the custom field's condition, bound last (probed per client for a common value, see
        // CustomFieldQueries).
        CustomFieldFilter custom = filter.custom();
        if (custom != null && range != Range.CUSTOM) {
            sql.append(customFields.sql(customFields.condition(custom), next));
        }
        return sql.toString();
    }

    private void bind(Query q, long staffId, ClientFilter filter) {
        bind(q, staffId, filter, null);
    }

    private void bind(Query q, long staffId, ClientFilter filter, @Nullable String read) {
        bind(q, staffId, filter, read, Range.OWNER);
    }

    /**
     * Binds the filter's conditions as {@link #conditions(ClientFilter, String, Range)} numbered them ({@code q} null:
     * only counts); returns the next free position.
     */
    private int bind(@Nullable Query q, long staffId, ClientFilter filter, @Nullable String read, Range range) {
        List<Object> values = new ArrayList<>();
        values.add(staffId);
        if (read != null) {
            values.add(LikePattern.escape(read, '!') + "%");
        }
        values.addAll(filter.groupIds().stream().sorted().toList());
        if (range != Range.TAGS) {
            values.addAll(filter.tagIds().stream().sorted().toList());
        }
        List<String> words = ClientSearchTerms.words(filter.normalizedSearch());
        List<String> patterns = searchPatterns(filter);
        for (int w = 0; w < patterns.size(); w++) {
            if (read == null || !words.get(w).equals(read)) {
                values.add(patterns.get(w));
            }
        }
        CustomFieldFilter custom = filter.custom();
        if (custom != null && range != Range.CUSTOM) {
            values.addAll(customFields.condition(custom).parameters());
        }
        if (q != null) {
            for (int i = 0; i < values.size(); i++) {
                q.setParameter(i + 1, values.get(i));
            }
        }
        return values.size() + 1;
    }

    /**
     * Whether the filter searches a word that starts fewer than {@code clientele.search.common-terms} terms: then the
     * general list query, which reads that word's terms first, is cheaper than the two halves.
     */
    boolean searchesRareWord(ClientFilter filter) {
        if (filter.normalizedSearch().isEmpty() || nameOnly(filter)) {
            return false;
        }
        return ClientSearchTerms.words(filter.normalizedSearch()).stream().anyMatch(w -> !searchWords.common(w));
    }

    /** One or two characters: the start of the name, as in the list's general query. */
    private static boolean nameOnly(ClientFilter filter) {
        return ClientSearchTerms.matchesNameStartOnly(ClientSearchTerms.words(filter.normalizedSearch()));
    }

    /** The LIKE patterns of the search ("!" escapes, the same on MySQL and H2), none for a blank search. */
    private static List<String> searchPatterns(ClientFilter filter) {
        String search = filter.normalizedSearch();
        if (search.isEmpty()) {
            return List.of();
        }
        if (nameOnly(filter)) {
            return List.of(LikePattern.escape(search, '!') + "%");
        }
        return ClientSearchTerms.words(search).stream()
                .map(w -> LikePattern.escape(w, '!') + "%")
                .toList();
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) ((Object[]) r)[0]).longValue()).toList();
    }
}
