package io.clientele.note;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientNoteRepository extends JpaRepository<ClientNote, Long> {

    List<ClientNote> findByClientId(long clientId, Pageable page);

    long countByClientId(long clientId);

    long countByClientIdIn(Collection<Long> clientIds);

    /** A merge: the notes move to the surviving client, keeping their authors and times. */
    @Modifying(flushAutomatically = true)
    @Query(
            value =
                    "update client_notes set client_id = :survivorId, version = version + 1 where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    List<ClientNote> findByClientIdOrderByIdAsc(long clientId);

    /** Each note's text gives way to the placeholder; author and dates stay. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ClientNote n set n.body = :placeholder, n.version = n.version + 1 where n.clientId = :clientId")
    int anonymise(long clientId, String placeholder);
}
