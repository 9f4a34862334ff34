package io.clientele.project;

import io.clientele.base.domain.PageCap;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.CallerScope;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects and their time entries: lists, saving, deleting, and the cost of a project. The transaction and security
 * boundary for the project views. A project is visible exactly when its client is (see {@link ProjectAccess}); one
 * the caller may not see is "not found", like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER})
public class ProjectService {

    private final ProjectRepository projects;
    private final TimeEntryRepository entries;
    private final ProjectQueries queries;
    private final ProjectAccess access;
    private final ClientScope clients;
    private final UserDirectory users;
    private final Validator validator;
    private final Clock clock;

    ProjectService(
            ProjectRepository projects,
            TimeEntryRepository entries,
            ProjectQueries queries,
            ProjectAccess access,
            ClientScope clients,
            UserDirectory users,
            Validator validator,
            Clock clock) {
        this.projects = projects;
        this.entries = entries;
        this.queries = queries;
        this.access = access;
        this.clients = clients;
        this.users = users;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * One page of projects of live clients the caller may see, filtered and sorted in SQL, each with its cost and
     * member names. Sort keys are those of {@link ProjectSort} (cost included); the page size is capped at
     * {@link PageCap#MAX_PAGE_SIZE}.
     */
    public List<ProjectRow> list(ProjectFilter filter, Pageable page) {
        guard(filter.clientId());
        return withMembers(queries.projects(filter, page.getOffset(), cap(page), page.getSort()));
    }

    /** How many projects match the filter (and the caller may see). */
    public long count(ProjectFilter filter) {
        guard(filter.clientId());
        return queries.countProjects(filter);
    }

    /** One project as a list shows it: client, cost, billable hours, members. */
    public ProjectRow summary(long id) {
        return queries.projectRow(id)
                .map(row -> withMembers(List.of(row)).getFirst())
                .orElseThrow(() -> new ProjectNotFoundException(id));
    }

    /** A project the caller may see, with its members, for a form to edit. */
    public Project get(long id) {
        return queries.project(id).orElseThrow(() -> new ProjectNotFoundException(id));
    }

    /**
     * A new, unsaved project starting today, billed hourly, with the caller as its first member and, when given, the
     * client already chosen (which must be one the caller may see).
     */
    public Project newProject(@Nullable Long clientId) {
        Project project = new Project();
        if (clientId != null) {
            clients.require(clientId);
            project.setClientId(clientId);
        }
        project.setStartDate(LocalDate.now(clock));
        project.setBillingMethod(BillingMethod.HOURLY);
        Long me = access.scope().accountId();
        if (me != null) {
            project.getMemberIds().add(me);
        }
        return project;
    }

    /**
     * Creates or updates a project. Refuses, with a {@link RuleViolationException} that says why: a client the caller
     * may not see, a due date before the start, an hourly project without a positive rate, a fixed-price one without
     * a price, members who are not users. The amount the billing method does not use is cleared. A stale copy fails
     * with Spring's {@code OptimisticLockingFailureException}.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public Project save(Project project) {
        if (!project.isNew()) {
            long id = Objects.requireNonNull(project.getId());
            queries.project(id).orElseThrow(() -> new ProjectNotFoundException(id));
        }
        project.setName(project.getName().strip());
        validate(project);
        requireVisibleClient(Objects.requireNonNull(project.getClientId()));
        LocalDate start = Objects.requireNonNull(project.getStartDate());
        if (project.getDueDate() != null && project.getDueDate().isBefore(start)) {
            throw new RuleViolationException("project.due.before-start");
        }
        switch (project.getBillingMethod()) {
            case HOURLY -> {
                if (project.getHourlyRate() == null || project.getHourlyRate().signum() <= 0) {
                    throw new RuleViolationException("project.rate.required");
                }
                project.setFixedCost(null);
            }
            case FIXED -> {
                if (project.getFixedCost() == null || project.getFixedCost().signum() < 0) {
                    throw new RuleViolationException("project.fixed-cost.required");
                }
                project.setHourlyRate(null);
            }
        }
        Set<Long> known =
                users.find(project.getMemberIds()).stream().map(UserRef::id).collect(Collectors.toSet());
        if (!known.containsAll(project.getMemberIds())) {
            throw new RuleViolationException("project.members.unknown");
        }
        return projects.saveAndFlush(project);
    }

    /** How many time entries a project has: what deleting it would take along. */
    public long timeEntryCount(long projectId) {
        return queries.countEntries(TimeEntryFilter.forProject(projectId));
    }

    /**
     * Deletes a project and, through the schema's cascade, its time entries, in one transaction. Returns how many
     * time entries went with it.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public long delete(long id) {
        Project project = queries.project(id).orElseThrow(() -> new ProjectNotFoundException(id));
        long entryCount = timeEntryCount(id);
        projects.delete(project);
        projects.flush();
        return entryCount;
    }

    /**
     * One page of time entries on projects the caller may see, latest first unless sorted by a key of
     * {@link TimeEntrySort}; each row says who logged it and whether the caller may change it.
     */
    public List<TimeEntryRow> timeEntries(TimeEntryFilter filter, Pageable page) {
        guard(filter.clientId());
        List<TimeEntryRow> rows = queries.entries(filter, page.getOffset(), cap(page), page.getSort());
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> names = names(rows.stream().map(TimeEntryRow::userId).collect(Collectors.toSet()));
        CallerScope scope = access.scope();
        return rows.stream()
                .map(r -> r.with(
                        names.getOrDefault(r.userId(), ""), !r.billed() && access.mayChangeEntryOf(r.userId(), scope)))
                .toList();
    }

    /** How many time entries match the filter (and the caller may see). */
    public long countTimeEntries(TimeEntryFilter filter) {
        guard(filter.clientId());
        return queries.countEntries(filter);
    }

    /** The hours of all matching time entries added up, and the billable part. */
    public HoursTotal totalHours(TimeEntryFilter filter) {
        guard(filter.clientId());
        return queries.totals(filter);
    }

    /** A time entry on a project the caller may see, for a form to edit. */
    public TimeEntry getTimeEntry(long id) {
        return queries.entry(id).orElseThrow(() -> new TimeEntryNotFoundException(id));
    }

    /** A new, unsaved time entry: today, billable, logged by the caller, on the project if one is given. */
    public TimeEntry newTimeEntry(@Nullable Long projectId) {
        TimeEntry entry = new TimeEntry();
        if (projectId != null) {
            entry.setProjectId(get(projectId).getId());
        }
        entry.setUserId(access.scope().accountId());
        entry.setWorkDate(LocalDate.now(clock));
        entry.setBillable(true);
        return entry;
    }

    /**
     * Creates or updates a time entry. Only an administrator or the entry's own user may; a user logs time for
     * themselves unless they are an administrator. Hours must be more than 0 and at most 24, in hundredths.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public TimeEntry saveTimeEntry(TimeEntry entry) {
        CallerScope scope = access.scope();
        if (entry.getUserId() == null) {
            entry.setUserId(scope.accountId());
        }
        if (!entry.isNew()) {
            long id = Objects.requireNonNull(entry.getId());
            TimeEntry stored = queries.entry(id).orElseThrow(() -> new TimeEntryNotFoundException(id));
            if (!access.mayChangeEntryOf(stored.getUserId(), scope)) {
                throw new RuleViolationException("project.time.not-yours");
            }
            requireUnbilled(stored);
        }
        if (!access.mayChangeEntryOf(entry.getUserId(), scope)) {
            throw new RuleViolationException("project.time.not-yours");
        }
        validate(entry);
        long projectId = Objects.requireNonNull(entry.getProjectId());
        queries.project(projectId).orElseThrow(() -> new ProjectNotFoundException(projectId));
        if (users.find(Objects.requireNonNull(entry.getUserId())).isEmpty()) {
            throw new RuleViolationException("project.time.user-unknown");
        }
        if (entry.getDescription() != null && entry.getDescription().isBlank()) {
            entry.setDescription(null);
        }
        return entries.saveAndFlush(entry);
    }

    /**
     * One page of a client's projects, newest first, for whoever may see the client — the Client Center included,
     * whose caller sees only their own client.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public List<Project> projectsOf(long clientId, Pageable page) {
        clients.require(clientId);
        return queries.projectsOf(clientId, page.getOffset(), cap(page));
    }

    /** How many projects the client has; see {@link #projectsOf}. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public long countProjectsOf(long clientId) {
        clients.require(clientId);
        return projects.countByClientId(clientId);
    }

    /** One of the client's projects; empty for another client's or an unknown id. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public Optional<Project> projectOf(long clientId, long id) {
        clients.require(clientId);
        return projects.findByIdAndClientId(id, clientId);
    }

    /**
     * One page of the time logged on a client's projects, latest first, without who logged it (the Client Center
     * shows no staff names).
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public List<TimeEntryRow> timeEntriesOf(long clientId, Pageable page) {
        clients.require(clientId);
        return queries.entries(TimeEntryFilter.forClient(clientId), page.getOffset(), cap(page), TimeEntrySort.DEFAULT);
    }

    /** How many time entries the client's projects have; see {@link #timeEntriesOf}. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public long countTimeEntriesOf(long clientId) {
        clients.require(clientId);
        return queries.countEntries(TimeEntryFilter.forClient(clientId));
    }

    /** One time entry on one of the client's projects; empty for another client's or an unknown id. */
    @RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
    public Optional<TimeEntryRow> timeEntryOf(long clientId, long id) {
        clients.require(clientId);
        return queries.entryRow(clientId, id);
    }

    /** Deletes a time entry; only an administrator or the entry's own user may. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.STAFF})
    public void deleteTimeEntry(long id) {
        TimeEntry stored = queries.entry(id).orElseThrow(() -> new TimeEntryNotFoundException(id));
        if (!access.mayChangeEntryOf(stored.getUserId(), access.scope())) {
            throw new RuleViolationException("project.time.not-yours");
        }
        requireUnbilled(stored);
        entries.delete(stored);
        entries.flush();
    }

    /** Billed time is what an invoice charged: changing or deleting it waits until the invoice releases it. */
    private static void requireUnbilled(TimeEntry stored) {
        if (stored.isBilled()) {
            throw new RuleViolationException("project.time.billed");
        }
    }

    /** A list narrowed to one client first checks that the caller may see it: "not yours" reads as "not found". */
    private void guard(@Nullable Long clientId) {
        if (clientId != null) {
            clients.require(clientId);
        }
    }

    private void requireVisibleClient(long clientId) {
        try {
            clients.require(clientId);
        } catch (ClientNotFoundException e) {
            throw new RuleViolationException("project.client.unavailable");
        }
    }

    /** Bean Validation before any SQL, so that a bad value is refused the same way whichever caller sent it. */
    private <T> void validate(T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private List<ProjectRow> withMembers(List<ProjectRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<Long>> memberIds = queries
                .members(rows.stream().map(ProjectRow::id).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0], Collectors.mapping(r -> (Long) r[1], Collectors.toSet())));
        Set<Long> all = new HashSet<>();
        memberIds.values().forEach(all::addAll);
        Map<Long, String> names = names(all);
        return rows.stream()
                .map(r -> r.withMembers(memberIds.getOrDefault(r.id(), Set.of()).stream()
                        .map(names::get)
                        .filter(Objects::nonNull)
                        .sorted(Comparator.comparing(String::toLowerCase))
                        .toList()))
                .toList();
    }

    private Map<Long, String> names(Collection<Long> userIds) {
        return users.find(userIds).stream().collect(Collectors.toMap(UserRef::id, UserRef::displayName, (a, b) -> a));
    }

    private static int cap(Pageable page) {
        return PageCap.size(page);
    }
}
