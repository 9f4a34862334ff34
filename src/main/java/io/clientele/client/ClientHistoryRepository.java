package io.clientele.client;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientHistoryRepository extends JpaRepository<ClientHistoryEntry, Long> {

    List<ClientHistoryEntry> findByClientId(long clientId, Pageable page);

    long countByClientId(long clientId);

    List<ClientHistoryEntry> findByClientIdOrderByIdAsc(long clientId);

    /** The values of every entry go (they may hold the old name, address, e-mail); what changed, who and when stay. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ClientHistoryEntry e set e.oldValue = null, e.newValue = null where e.clientId = :clientId")
    int clearValues(long clientId);
}
