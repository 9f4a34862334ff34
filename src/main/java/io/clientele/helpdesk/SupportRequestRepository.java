package io.clientele.helpdesk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {

    Optional<SupportRequest> findByIdAndClientId(long id, long clientId);

    List<SupportRequest> findByClientIdOrderByLastMessageAtDescIdDesc(long clientId, Pageable page);

    List<SupportRequest> findByClientIdOrderByCreatedAtAscIdAsc(long clientId);

    long countByClientId(long clientId);

    long countByClientIdIn(Collection<Long> clientIds);

    /** A merge: the requests move to the surviving client with their threads. */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update support_requests set client_id = :survivorId, version = version + 1"
                    + " where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    /** Anonymisation (GDPR): subjects and the opener's name become the placeholder. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update support_requests set subject = :placeholder, opened_by_name = :placeholder,"
                    + " version = version + 1 where id in (:ids)",
            nativeQuery = true)
    int anonymise(Collection<Long> ids, String placeholder);
}
