package io.clientele.project;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {

    /** Time logged on the projects of these clients. */
    @Query(
            "select count(t) from TimeEntry t where t.projectId in (select p.id from Project p where p.clientId in :ids)")
    long countOfClients(Collection<Long> ids);
}
