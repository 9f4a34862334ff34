package io.clientele.recurring;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecurringProfileRepository extends JpaRepository<RecurringProfile, Long> {

    @Query("select p from RecurringProfile p where p.clientId = :clientId order by p.title, p.id")
    List<RecurringProfile> findByClient(long clientId, Pageable page);

    long countByClientId(long clientId);

    long countByClientIdIn(Collection<Long> clientIds);

    /**
     * Active profiles with a period due, oldest due first, after the key ({@code afterDate}, {@code afterId}) of the
     * previous page: the index on (status, next_date), which holds the id, serves both the range and the order, so a
     * page costs the same at the end of 100,000 due profiles as at the start.
     */
    @Query("select new io.clientele.recurring.RecurringService$Due(p.id, p.nextDate) from RecurringProfile p"
            + " where p.status = io.clientele.recurring.RecurringStatus.ACTIVE and p.nextDate <= :today"
            + " and (p.nextDate > :afterDate or (p.nextDate = :afterDate and p.id > :afterId))"
            + " order by p.nextDate, p.id")
    List<RecurringService.Due> findDue(LocalDate today, LocalDate afterDate, long afterId, Pageable page);

    /** The profile, its row locked until the transaction ends: a second node waits here and then sees the advance. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from RecurringProfile p where p.id = :id")
    Optional<RecurringProfile> findForUpdate(long id);

    // No clearAutomatically: the merge runs in one transaction and keeps working with the entities it loaded.
    @Modifying(flushAutomatically = true)
    @Query(
            "update RecurringProfile p set p.clientId = :survivorId, p.version = p.version + 1 where p.clientId = :mergedId")
    int moveToClient(long mergedId, long survivorId);
}
