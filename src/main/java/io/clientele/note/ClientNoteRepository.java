package io.clientele.note;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientNoteRepository extends JpaRepository<ClientNote, Long> {

    List<ClientNote> findByClientId(long clientId, Pageable page);

    long countByClientId(long clientId);

    long countByClientIdIn(java.util.Collection<Long> clientIds);

    /** A merge: the notes move to the surviving client, keeping their authors and times. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query(
            value =
                    "update client_notes set client_id = :survivorId, version = version + 1 where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);
}
