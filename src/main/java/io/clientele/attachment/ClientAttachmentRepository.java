package io.clientele.attachment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientAttachmentRepository extends JpaRepository<ClientAttachment, Long> {

    List<ClientAttachment> findByClientId(long clientId, Pageable page);

    long countByClientId(long clientId);

    long countByClientIdIn(Collection<Long> clientIds);

    @Query("select a.storedName from ClientAttachment a where a.clientId in :clientIds")
    List<String> storedNames(Collection<Long> clientIds);
}
