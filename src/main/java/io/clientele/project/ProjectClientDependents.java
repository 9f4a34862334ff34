package io.clientele.project;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Projects and their time entries go with a client that is deleted for good (the foreign keys cascade). */
@Component
class ProjectClientDependents implements ClientDependents {

    private final ProjectRepository projects;
    private final TimeEntryRepository entries;

    ProjectClientDependents(ProjectRepository projects, TimeEntryRepository entries) {
        this.projects = projects;
        this.entries = entries;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("client.delete.with.projects", projects.countByClientIdIn(clientIds));
        counts.put("client.delete.with.time-entries", entries.countOfClients(clientIds));
        return counts;
    }

    /** Projects move with their time entries, which hang off the project, not the client. */
    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        Map<String, Long> moved = count(List.of(mergedId));
        projects.moveToClient(mergedId, survivorId);
        return moved;
    }
}
