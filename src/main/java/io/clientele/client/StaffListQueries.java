package io.clientele.client;

import io.clientele.base.domain.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
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

    private final EntityManager em;
    private final SearchWordQueries searchWords;
    private final CustomFieldQueries customFields;
    private final ClientTagQueries tags;

    StaffListQueries(
            EntityManager em, SearchWordQueries searchWords, CustomFieldQueries customFields, ClientTagQueries tags) {
        this.em = em;
        this.tags = tags;
        this.searchWords = searchWords;
        this.customFields = customFields;
    }

    /** The ids of one page, in the list's order. */
    List<Long> pageIds(long staffId, ClientFilter filter, long offset, int limit, Sort sort) {
        List<String> keys = new ArrayList<>();
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
                inner.add("c." + part + direction);
                outer.add("u." + alias + direction);
            }
        }
        // Ties by id in the sort's direction, as in ClientQueries: the index order, no sort.
        inner.add(ascending ? "c.id asc" : "c.id desc");
        outer.add(ascending ? "u.id asc" : "u.id desc");
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
        String sql = "select u.id, u.k0 from ("
                + "(" + owned + " order by " + inner + " limit " + take + " offset " + skipped + ")"
                + " union all "
                + "(" + select + " from clients c join client_staff a on a.client_id = c.id where a.user_id = ?1"
                + " and (c.owner_id is null or c.owner_id <> ?1)" + where + " order by " + inner + " limit " + take
                + ")) u order by " + outer;
        Query q = em.createNativeQuery(sql, Object[].class);
        bind(q, staffId, filter);
        return ids(q.setFirstResult(Math.toIntExact(offset - skipped))
                .setMaxResults(limit)
                .getResultList());
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
        String where = conditions(filter, read);
        String select = read == null
                ? "select 1 from clients c"
                : "select distinct t.client_id from client_search_terms t join clients c on c.id = t.client_id";
        String term = read == null ? "" : " and t.term like ?2 escape '!'";
        Query owned = em.createNativeQuery(
                "select count(*) from (" + select + " where c.owner_id = ?1" + term + where + " limit " + limit + ") x",
                Long.class);
        bind(owned, staffId, filter, read);
        long count = ((Number) owned.getSingleResult()).longValue();
        if (count >= limit) {
            return count;
        }
        Query assigned = em.createNativeQuery(
                "select count(*) from (" + select + " join client_staff a on a.client_id = c.id"
                        + " where a.user_id = ?1 and (c.owner_id is null or c.owner_id <> ?1)" + term + where
                        + " limit " + (limit - count) + ") x",
                Long.class);
        bind(assigned, staffId, filter, read);
        return count + ((Number) assigned.getSingleResult()).longValue();
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
        if (!filter.tagIds().isEmpty()) {
            StringJoiner marks = new StringJoiner(", ");
            for (int i = 0; i < filter.tagIds().size(); i++) {
                marks.add("?" + next++);
            }
            if (tags.common(filter.tagIds())) {
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
        if (custom != null) {
            sql.append(customFields.sql(customFields.condition(custom), next));
        }
        return sql.toString();
    }

    private void bind(Query q, long staffId, ClientFilter filter) {
        bind(q, staffId, filter, null);
    }

    private void bind(Query q, long staffId, ClientFilter filter, @Nullable String read) {
        q.setParameter(1, staffId);
        int i = 2;
        if (read != null) {
            q.setParameter(i++, LikePattern.escape(read, '!') + "%");
        }
        for (Long group : filter.groupIds().stream().sorted().toList()) {
            q.setParameter(i++, group);
        }
        for (Long tag : filter.tagIds().stream().sorted().toList()) {
            q.setParameter(i++, tag);
        }
        List<String> words = ClientSearchTerms.words(filter.normalizedSearch());
        List<String> patterns = searchPatterns(filter);
        for (int w = 0; w < patterns.size(); w++) {
            if (read == null || !words.get(w).equals(read)) {
                q.setParameter(i++, patterns.get(w));
            }
        }
        CustomFieldFilter custom = filter.custom();
        if (custom != null) {
            CustomFieldQueries.bind(q, customFields.condition(custom), i);
        }
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
