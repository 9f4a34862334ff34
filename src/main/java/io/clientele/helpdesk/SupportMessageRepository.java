package io.clientele.helpdesk;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SupportMessageRepository extends JpaRepository<SupportMessage, Long> {

    List<SupportMessage> findByRequestIdOrderByCreatedAtAscIdAsc(long requestId);

    List<SupportMessage> findByRequestIdInOrderByCreatedAtAscIdAsc(Collection<Long> requestIds);

    /**
     * Claims the right to announce a message by e-mail: 1 for the first caller, 0 for any later one (a retry, another
     * node), so that the other side hears of each message once.
     */
    @Modifying
    @Query("update SupportMessage m set m.notifiedAt = :at where m.id = :id and m.notifiedAt is null")
    int claimNotification(long id, Instant at);
}
