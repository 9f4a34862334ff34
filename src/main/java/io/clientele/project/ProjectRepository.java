package io.clientele.project;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
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

    /** The project row locked until the transaction ends: invoicing a project's time runs one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Project p where p.id = :id")
    Optional<Project> lockById(long id);
}
