package io.clientele.attachment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientAttachmentRepository extends JpaRepository<ClientAttachment, Long> {

    List<ClientAttachment> findByClientId(long clientId, Pageable page);

    long countByClientId(long clientId);

    long countByClientIdIn(Collection<Long> clientIds);

    /** A merge: the rows move; the files on disk are named by their stored name, not by the client, and stay. */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update client_attachments set client_id = :survivorId, version = version + 1"
                    + " where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    @Query("select a.storedName from ClientAttachment a where a.clientId in :clientIds")
    List<String> storedNames(Collection<Long> clientIds);

    List<ClientAttachment> findByClientIdOrderByIdAsc(long clientId);
}
