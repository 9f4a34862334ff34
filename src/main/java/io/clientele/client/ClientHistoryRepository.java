package io.clientele.client;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientHistoryRepository extends JpaRepository<ClientHistoryEntry, Long> {

    List<ClientHistoryEntry> findByClientId(long clientId, Pageable page);

    long countByClientId(long clientId);
}
