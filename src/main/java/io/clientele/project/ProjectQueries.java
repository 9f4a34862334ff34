package io.clientele.project;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    private static final String PROJECTS = " from Project p join Client c on c.id = p.clientId";
    private static final String ENTRIES =
            " from TimeEntry t join Project p on p.id = t.projectId" + " join Client c on c.id = p.clientId";

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
            + " c.name, t.userId, t.workDate, t.hours, t.billable, t.description)";

    private final EntityManager em;
    private final ProjectAccess access;

    ProjectQueries(EntityManager em, ProjectAccess access) {
        this.em = em;
        this.access = access;
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
                        "select p from Project p left join fetch p.memberIds" + " join Client c on c.id = p.clientId"
                                + where.jpql(),
                        Project.class))
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
            where.and(" and p.id = :projectId", "projectId", projectId);
        }
        if (filter.clientId() != null) {
            where.and(" and c.id = :clientId", "clientId", filter.clientId());
        }
        String search = filter.normalizedSearch();
        if (!search.isEmpty()) {
            where.and(
                    " and (p.name like :pattern escape '" + ESCAPE + "' or c.name like :pattern escape '" + ESCAPE
                            + "')",
                    "pattern",
                    "%" + escapeLike(search) + "%");
        }
        return where;
    }

    private Where entryWhere(TimeEntryFilter filter, @Nullable Long entryId) {
        Where where = visibleClients();
        if (entryId != null) {
            where.and(" and t.id = :entryId", "entryId", entryId);
        }
        if (filter.projectId() != null) {
            where.and(" and p.id = :projectId", "projectId", filter.projectId());
        }
        if (filter.clientId() != null) {
            where.and(" and c.id = :clientId", "clientId", filter.clientId());
        }
        return where;
    }

    /** Live clients the caller may see: the client rule, as a condition on the joined client {@code c}. */
    private Where visibleClients() {
        Where where = new Where();
        where.and(" where c.trashedAt is null", null, null);
        Long staffId = access.restrictedTo();
        if (staffId != null) {
            where.and(ProjectAccess.RESTRICTION, "staffId", staffId);
        }
        return where;
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

    static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A where clause built from fixed fragments, with its parameters; nothing typed by a user enters the text. */
    private static final class Where {

        private final StringBuilder text = new StringBuilder();
        private final Map<String, Object> params = new HashMap<>();

        void and(String fragment, @Nullable String param, @Nullable Object value) {
            text.append(fragment);
            if (param != null && value != null) {
                params.put(param, value);
            }
        }

        String jpql() {
            return text.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
