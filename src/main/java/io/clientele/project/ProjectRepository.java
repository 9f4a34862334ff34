package io.clientele.project;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectRepository extends JpaRepository<Project, Long> {

    long countByClientId(long clientId);

    long countByClientIdIn(Collection<Long> clientIds);

    Optional<Project> findByIdAndClientId(long id, long clientId);
}
