package io.clientele.project;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    long countByClientId(long clientId);

    long countByClientIdIn(Collection<Long> clientIds);

    /** A merge: the projects (and with them their time entries) move to the surviving client. */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update projects set client_id = :survivorId, version = version + 1 where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    Optional<Project> findByIdAndClientId(long id, long clientId);
}
