package io.clientele.project.ui;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.base.security.UserDirectory;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.project.Project;
import io.clientele.project.ProjectFilter;
import io.clientele.project.ProjectRow;
import io.clientele.project.ProjectService;
import io.clientele.project.TimeEntry;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Opens the project and time entry editors with what their forms need, so views only say which one and what to do
 * after saving.
 */
@Component
public class ProjectEditors {

    final ProjectService projects;
    final ClientService clients;
    final UserDirectory users;
    final CurrentUser currentUser;

    ProjectEditors(ProjectService projects, ClientService clients, UserDirectory users, CurrentUser currentUser) {
        this.projects = projects;
        this.clients = clients;
        this.users = users;
        this.currentUser = currentUser;
    }

    /**
     * Opens the editor for a new project. With a client given (the client overview's Create), the client is chosen
     * and cannot be changed.
     */
    public ProjectEditor openNew(@Nullable Long clientId, Consumer<Project> onSaved) {
        ClientChoice client = null;
        if (clientId != null) {
            Client c = clients.get(clientId);
            client = new ClientChoice(clientId, c.getName(), c.getCurrency());
        }
        ProjectEditor editor =
                new ProjectEditor(this, projects.newProject(clientId), client, clientId != null, onSaved);
        editor.open();
        return editor;
    }

    /** Opens the editor for a stored project, read fresh from the database. */
    public ProjectEditor openExisting(long id, Consumer<Project> onSaved) {
        ProjectRow row = projects.summary(id);
        ProjectEditor editor = new ProjectEditor(
                this,
                projects.get(id),
                new ClientChoice(row.clientId(), row.clientName(), row.currency()),
                false,
                onSaved);
        editor.open();
        return editor;
    }

    /**
     * Opens the editor for new time: on the given project (which then cannot be changed), or on one of the client's
     * projects when a client is given, or on any project.
     */
    public TimeEntryEditor openNewTimeEntry(
            @Nullable Long projectId, @Nullable Long clientId, Consumer<TimeEntry> onSaved) {
        TimeEntry entry = projects.newTimeEntry(projectId);
        ProjectChoice project = projectId == null ? null : choice(projects.summary(projectId));
        if (project == null && clientId != null) {
            // A client with a single project: that is the one the time is for.
            List<ProjectRow> only = projects.list(ProjectFilter.forClient(clientId), PageRequest.of(0, 2));
            if (only.size() == 1) {
                project = choice(only.getFirst());
                entry.setProjectId(project.id());
            }
        }
        TimeEntryEditor editor = new TimeEntryEditor(this, entry, project, clientId, projectId != null, onSaved);
        editor.open();
        return editor;
    }

    /**
     * Opens the editor for a stored time entry, read fresh from the database; it may move to another project of the
     * same client.
     */
    public TimeEntryEditor openTimeEntry(long id, Consumer<TimeEntry> onSaved) {
        TimeEntry entry = projects.getTimeEntry(id);
        ProjectRow project = projects.summary(Objects.requireNonNull(entry.getProjectId()));
        TimeEntryEditor editor = new TimeEntryEditor(this, entry, choice(project), project.clientId(), false, onSaved);
        editor.open();
        return editor;
    }

    boolean isAdmin() {
        return currentUser.hasRole(Roles.ADMIN);
    }

    private static ProjectChoice choice(ProjectRow row) {
        return new ProjectChoice(row.id(), row.name(), row.clientName());
    }
}
