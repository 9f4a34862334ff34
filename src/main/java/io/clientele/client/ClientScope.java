package io.clientele.client;

import io.clientele.base.security.CallerScope;
import io.clientele.base.security.UserDirectory;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one owner of "which clients may the caller see": a live client (not in the Trash) that a STAFF user without
 * "view all clients" owns or is assigned to; every live client for ADMIN, MANAGER and unrestricted STAFF; only their
 * own client for a Client Center user. Every other feature narrows its queries by what this hands out, in the query
 * style it uses — a Criteria predicate ({@link #visible(CriteriaBuilder, Path)}), a JPQL fragment
 * ({@link #jpql(String)}), a native SQL fragment ({@link #sql(String)}) or an in-memory check
 * ({@link #canSee(Client)}) — and a service that takes a client id checks it with {@link #require(long)} before
 * anything else, so that a client the caller may not see reads exactly like one that does not exist.
 */
@Component
public class ClientScope {

    /** JPQL: the client {@code c} is live. The one spelling of "live" in JPQL; {@link Client#isTrashed()} in Java. */
    static final String LIVE = "c.trashedAt is null";

    /** JPQL: the restricted staff member {@code :scopeStaff} owns or is assigned to client {@code c}. */
    static final String STAFF_RULE = "(c.ownerId = :scopeStaff or :scopeStaff member of c.assignedStaffIds)";

    /** Native SQL: the client row {@code c} of table {@code clients} is live. */
    public static final String SQL_LIVE = "c.trashed_at is null";

    /**
     * Native SQL: the ids of trashed clients (a handful), for reports that leave their rows out by id instead of
     * joining every row to its client.
     */
    public static final String SQL_TRASHED_IDS = "(select t.id from clients t where t.trashed_at is not null)";

    private static final String STAFF_PARAM = "scopeStaff";

    private final UserDirectory users;
    private final ClientRepository clients;

    ClientScope(UserDirectory users, ClientRepository clients) {
        this.users = users;
        this.clients = clients;
    }

    /** Who is calling, read fresh: account, roles, restriction. */
    public CallerScope caller() {
        return users.currentScope();
    }

    /**
     * The guard every service that takes a client id calls first: the client exists, is live and the caller may see
     * it. One indexed lookup.
     *
     * @throws ClientNotFoundException otherwise, the same for "not yours" as for "no such client"
     */
    public void require(long clientId) {
        CallerScope caller = caller();
        boolean visible;
        if (caller.clientId() != null) {
            visible = caller.clientId() == clientId && clients.countLive(clientId) > 0;
        } else if (caller.restrictedToStaffId() != null) {
            visible = clients.countLiveVisibleTo(clientId, caller.restrictedToStaffId()) > 0;
        } else {
            visible = clients.countLive(clientId) > 0;
        }
        if (!visible) {
            throw new ClientNotFoundException(clientId);
        }
    }

    /** In memory: whether the caller may see this client, live or trashed (the Trash lists trashed ones). */
    public boolean mayAccess(Client client) {
        return mayAccess(client, caller());
    }

    /** {@link #mayAccess(Client)} for a caller read once, when many clients are judged in a row. */
    boolean mayAccess(Client client, CallerScope caller) {
        if (caller.clientId() != null) {
            return caller.clientId().equals(client.getId());
        }
        Long staffId = caller.restrictedToStaffId();
        return staffId == null
                || staffId.equals(client.getOwnerId())
                || client.getAssignedStaffIds().contains(staffId);
    }

    /** In memory: whether the client is live and the caller may see it. */
    public boolean canSee(Client client) {
        return !client.isTrashed() && mayAccess(client);
    }

    /** Criteria: the client is live and the caller may see it. */
    public Predicate visible(CriteriaBuilder cb, Path<Client> c) {
        Predicate live = live(cb, c);
        Predicate rule = restriction(cb, c);
        return rule == null ? live : cb.and(live, rule);
    }

    /**
     * Criteria: the caller may see the client, live or in the Trash — for lists of records that outlive a trashing
     * (issued invoices, payments), which must stay findable.
     */
    public Predicate accessible(CriteriaBuilder cb, Path<Client> c) {
        Predicate rule = restriction(cb, c);
        return rule == null ? cb.conjunction() : rule;
    }

    /** Criteria: the client is live (whoever asks). */
    public static Predicate live(CriteriaBuilder cb, Path<Client> c) {
        return cb.isNull(c.get("trashedAt"));
    }

    /** Criteria: the caller's restriction alone, live or trashed; null when the caller sees every client. */
    @Nullable
    Predicate restriction(CriteriaBuilder cb, Path<Client> c) {
        CallerScope caller = caller();
        if (caller.clientId() != null) {
            return cb.equal(c.get("id"), caller.clientId());
        }
        Long staffId = caller.restrictedToStaffId();
        if (staffId == null) {
            return null;
        }
        Path<Set<Long>> assigned = c.get("assignedStaffIds");
        return cb.or(cb.equal(c.get("ownerId"), staffId), cb.isMember(staffId, assigned));
    }

    /**
     * JPQL for another feature's query: the client whose id the expression yields (e.g. {@code "p.clientId"}) is live
     * and the caller may see it. A correlated {@code exists} on the client's primary key, so the foreign query names
     * no client table itself. Append with " and ", bind with {@link Fragment#bind}.
     */
    public Fragment jpql(String clientIdExpression) {
        CallerScope caller = caller();
        // The subquery's own alias, so that it never clashes with the outer query's.
        String where = "sc.id = " + clientIdExpression + " and " + inSubquery(LIVE);
        Map<String, Object> params = Map.of();
        if (caller.clientId() != null) {
            where += " and sc.id = :scopeClient";
            params = Map.of("scopeClient", caller.clientId());
        } else if (caller.restrictedToStaffId() != null) {
            where += " and " + inSubquery(STAFF_RULE);
            params = Map.of(STAFF_PARAM, caller.restrictedToStaffId());
        }
        return new Fragment("exists (select 1 from Client sc where " + where + ")", params);
    }

    /**
     * JPQL for another feature's query that must leave out records of clients in the Trash, whoever the caller (a
     * staff member's own reminders are theirs whether or not they may see the client): the client whose id the
     * expression yields is live.
     */
    public static Fragment live(String clientIdExpression) {
        return new Fragment(
                "exists (select 1 from Client sc where sc.id = " + clientIdExpression + " and " + inSubquery(LIVE)
                        + ")",
                Map.of());
    }

    /**
     * JPQL for another feature's query that shows or sorts by client columns (name, currency): an inner join of the
     * client as {@code alias} on the id the expression yields, keeping only live clients the caller may see. The
     * foreign query then names only the client's attributes through that alias, never the entity or the rule.
     */
    public Fragment join(String alias, String clientIdExpression) {
        CallerScope caller = caller();
        String on = alias + ".id = " + clientIdExpression + " and " + as(LIVE, alias);
        Map<String, Object> params = Map.of();
        if (caller.clientId() != null) {
            on += " and " + alias + ".id = :scopeClient";
            params = Map.of("scopeClient", caller.clientId());
        } else if (caller.restrictedToStaffId() != null) {
            on += " and " + as(STAFF_RULE, alias);
            params = Map.of(STAFF_PARAM, caller.restrictedToStaffId());
        }
        return new Fragment(" join Client " + alias + " on " + on, params);
    }

    /** The rule's text for the subquery alias {@code sc} instead of {@code c}. */
    private static String inSubquery(String rule) {
        return as(rule, "sc");
    }

    private static String as(String rule, String alias) {
        return rule.replace("c.", alias + ".");
    }

    /**
     * Native SQL for another feature's query: the client whose id is in the column (e.g. {@code "d.client_id"}) is
     * live and the caller may see it. Named parameters, bound by {@link Fragment#bind}.
     */
    public Fragment sql(String clientIdColumn) {
        CallerScope caller = caller();
        String where = "sc.id = " + clientIdColumn + " and " + SQL_LIVE.replace("c.", "sc.");
        Map<String, Object> params = Map.of();
        if (caller.clientId() != null) {
            where += " and sc.id = :scopeClient";
            params = Map.of("scopeClient", caller.clientId());
        } else if (caller.restrictedToStaffId() != null) {
            where += " and (sc.owner_id = :scopeStaff or exists (select 1 from client_staff ss"
                    + " where ss.client_id = sc.id and ss.user_id = :scopeStaff))";
            params = Map.of(STAFF_PARAM, caller.restrictedToStaffId());
        }
        return new Fragment("exists (select 1 from clients sc where " + where + ")", params);
    }

    /** A query condition written by the client feature, with the parameters it needs. */
    public record Fragment(String text, Map<String, Object> params) {

        public <Q extends Query> Q bind(Q query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
