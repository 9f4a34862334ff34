package io.clientele.project;

import io.clientele.base.domain.LikePattern;
import io.clientele.client.ClientScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The project and timesheet queries: visibility, filter, sort and paging in SQL, selecting straight into rows. Every
 * query joins the project's client, so that what the caller may not see never leaves the database. Text comparison
 * is case-insensitive through the column collation (MySQL's *_ci, H2's IGNORECASE), as for clients.
 */
@Component
class ProjectQueries {

    /** Not a backslash: MySQL would read one inside a string literal as an escape of its own. */
    private static final char ESCAPE = '!';

    private static final String PROJECTS = " from Project p";
    private static final String ENTRIES = " from TimeEntry t join Project p on p.id = t.projectId";

    static final String BILLABLE_HOURS =
            "(select sum(b.hours) from TimeEntry b where b.projectId = p.id and b.billable = true)";

    /**
     * Cost before rounding, in SQL so that the list can sort by it: a correlated sum per row, which the
     * (project_id, work_date) index answers. Rounded to the currency's scale in {@link ProjectRow}; rounding keeps
     * the order, so sorting by the raw value sorts by the shown one.
     */
    static final String COST = "case when p.billingMethod = io.clientele.project.BillingMethod.HOURLY"
            + " then coalesce(" + BILLABLE_HOURS + ", 0) * p.hourlyRate else p.fixedCost end";

    private static final String PROJECT_ROW = "select new io.clientele.project.ProjectRow(p.id, p.name, c.id,"
            + " c.name, c.currency, p.startDate, p.dueDate, p.billingMethod, p.hourlyRate, p.fixedCost, "
            + BILLABLE_HOURS + ", " + COST + ")";

    private static final String ENTRY_ROW = "select new io.clientele.project.TimeEntryRow(t.id, p.id, p.name, c.id,"
            + " c.name, t.userId, t.workDate, t.hours, t.billable, t.description, t.invoiceId)";

    private final EntityManager em;
    private final ClientScope scope;

    ProjectQueries(EntityManager em, ClientScope scope) {
        this.em = em;
        this.scope = scope;
    }

    List<ProjectRow> projects(ProjectFilter filter, long offset, int limit, Sort sort) {
        Where where = projectWhere(filter, null);
        String jpql = PROJECT_ROW
                + PROJECTS
                + where.jpql()
                + orderBy(sort, ProjectSort.DEFAULT, ProjectSort.EXPRESSIONS, "p.id");
        return where.bind(em.createQuery(jpql, ProjectRow.class))
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    long countProjects(ProjectFilter filter) {
        Where where = projectWhere(filter, null);
        return where.bind(em.createQuery("select count(p)" + PROJECTS + where.jpql(), Long.class))
                .getSingleResult();
    }

    Optional<ProjectRow> projectRow(long id) {
        Where where = projectWhere(ProjectFilter.all(), id);
        return where.bind(em.createQuery(PROJECT_ROW + PROJECTS + where.jpql(), ProjectRow.class))
                .getResultStream()
                .findFirst();
    }

    /** The project with its members loaded, if the caller may see it. */
    Optional<Project> project(long id) {
        Where where = projectWhere(ProjectFilter.all(), id);
        return where.bind(em.createQuery(
                        "select p from Project p left join fetch p.memberIds" + where.jpql(), Project.class))
                .getResultStream()
                .findFirst();
    }

    /** A client's projects, newest first (the caller's right to see the client is checked by the service). */
    List<Project> projectsOf(long clientId, long offset, int limit) {
        return em.createQuery(
                        "select p from Project p where p.clientId = :clientId order by p.startDate desc, p.id desc",
                        Project.class)
                .setParameter("clientId", clientId)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    /** One time entry as a row, if it is on a project of the client (and the caller may see the client). */
    Optional<TimeEntryRow> entryRow(long clientId, long entryId) {
        Where where = entryWhere(TimeEntryFilter.forClient(clientId), entryId);
        return where.bind(em.createQuery(ENTRY_ROW + ENTRIES + where.jpql(), TimeEntryRow.class))
                .getResultStream()
                .findFirst();
    }

    /** (project id, member user id) pairs of these projects. */
    List<Object[]> members(Collection<Long> projectIds) {
        return em.createQuery("select p.id, m from Project p join p.memberIds m where p.id in :ids", Object[].class)
                .setParameter("ids", projectIds)
                .getResultList();
    }

    List<TimeEntryRow> entries(TimeEntryFilter filter, long offset, int limit, Sort sort) {
        Where where = entryWhere(filter, null);
        String jpql = ENTRY_ROW
                + ENTRIES
                + where.jpql()
                + orderBy(sort, TimeEntrySort.DEFAULT, TimeEntrySort.EXPRESSIONS, "t.id desc");
        return where.bind(em.createQuery(jpql, TimeEntryRow.class))
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    long countEntries(TimeEntryFilter filter) {
        Where where = entryWhere(filter, null);
        return where.bind(em.createQuery("select count(t)" + ENTRIES + where.jpql(), Long.class))
                .getSingleResult();
    }

    HoursTotal totals(TimeEntryFilter filter) {
        Where where = entryWhere(filter, null);
        return where.bind(em.createQuery(
                        "select new io.clientele.project.HoursTotal(coalesce(sum(t.hours), 0),"
                                + " coalesce(sum(case when t.billable = true then t.hours else 0 end), 0))" + ENTRIES
                                + where.jpql(),
                        HoursTotal.class))
                .getSingleResult();
    }

    /** The time entry, if the caller may see its project. */
    Optional<TimeEntry> entry(long id) {
        Where where = entryWhere(new TimeEntryFilter(null, null), id);
        return where.bind(em.createQuery("select t" + ENTRIES + where.jpql(), TimeEntry.class))
                .getResultStream()
                .findFirst();
    }

    private Where projectWhere(ProjectFilter filter, @Nullable Long projectId) {
        Where where = visibleClients();
        if (projectId != null) {
            where.and("p.id = :projectId", "projectId", projectId);
        }
        if (filter.clientId() != null) {
            where.and("p.clientId = :clientId", "clientId", filter.clientId());
        }
        String search = filter.normalizedSearch();
        if (!search.isEmpty()) {
            where.and(
                    "(p.name like :pattern escape '" + ESCAPE + "' or c.name like :pattern escape '" + ESCAPE + "')",
                    "pattern",
                    "%" + LikePattern.escape(search, ESCAPE) + "%");
        }
        return where;
    }

    private Where entryWhere(TimeEntryFilter filter, @Nullable Long entryId) {
        Where where = visibleClients();
        if (entryId != null) {
            where.and("t.id = :entryId", "entryId", entryId);
        }
        if (filter.projectId() != null) {
            where.and("p.id = :projectId", "projectId", filter.projectId());
        }
        if (filter.clientId() != null) {
            where.and("p.clientId = :clientId", "clientId", filter.clientId());
        }
        return where;
    }

    /**
     * The project's client joined as {@code c}, only when it is live and the caller may see it: the client feature's
     * rule, handed out by {@link ClientScope}.
     */
    private Where visibleClients() {
        return new Where(scope.join("c", "p.clientId"));
    }

    private static String orderBy(Sort sort, Sort fallback, Map<String, String> expressions, String tieBreaker) {
        StringBuilder orderBy = new StringBuilder(" order by ");
        for (Sort.Order o : sort.isSorted() ? sort : fallback) {
            String expression = expressions.get(o.getProperty());
            if (expression == null) {
                throw new IllegalArgumentException("Cannot sort by " + o.getProperty());
            }
            orderBy.append(expression).append(o.isAscending() ? " asc, " : " desc, ");
        }
        // Ties broken by id so that paging never shows a row twice or skips one.
        return orderBy.append(tieBreaker).toString();
    }

    /**
     * The client join and a where clause built from fixed fragments, with their parameters; nothing typed by a user
     * enters the text.
     */
    private static final class Where {

        private final StringBuilder text;
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> params;

        Where(ClientScope.Fragment join) {
            text = new StringBuilder(join.text());
            params = new HashMap<>(join.params());
        }

        void and(String condition, String param, Object value) {
            conditions.add(condition);
            params.put(param, value);
        }

        String jpql() {
            return conditions.isEmpty() ? text.toString() : text + " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
