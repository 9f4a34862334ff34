package io.clientele.helpdesk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupportMessageRepository extends JpaRepository<SupportMessage, Long> {

    List<SupportMessage> findByRequestIdOrderByCreatedAtAscIdAsc(long requestId);

    // The preview of the support reply e-mail shows the newest reply staff wrote.
    Optional<SupportMessage> findFirstByFromClientFalseOrderByIdDesc();

    List<SupportMessage> findByRequestIdInOrderByCreatedAtAscIdAsc(Collection<Long> requestIds);

    /**
     * Claims the right to announce a message by e-mail: 1 for the first caller, 0 for any later one (a retry, another
     * node), so that the other side hears of each message once.
     */
    @Modifying
    @Query("update SupportMessage m set m.notifiedAt = :at where m.id = :id and m.notifiedAt is null")
    int claimNotification(long id, Instant at);

    /**
     * Anonymisation (GDPR): every message text and the client side's names become the placeholder, the files are
     * forgotten (their stored copies are discarded by the caller).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            value = "update support_messages set body = :placeholder,"
                    + " author_name = case when from_client = true then :placeholder else author_name end,"
                    + " file_stored_name = null, file_name = null, file_type = null, file_size = null,"
                    + " version = version + 1 where request_id in (:ids)",
            nativeQuery = true)
    int anonymise(Collection<Long> ids, String placeholder);
}
