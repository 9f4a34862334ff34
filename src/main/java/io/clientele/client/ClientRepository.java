package io.clientele.client;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

    /** The client with everything its form and overview show, so it can be used detached. */
    @Query("""
            select c from Client c left join fetch c.company left join fetch c.paymentTerm left join fetch c.leadSource
            left join fetch c.groups left join fetch c.assignedStaffIds where c.id = :id""")
    Optional<Client> findForEditing(long id);

    /** 1 when the client exists and is live, else 0. */
    @Query("select count(c) from Client c where c.id = :id and " + ClientScope.LIVE)
    long countLive(long id);

    /** 1 when the client exists, is live and the staff member owns or is assigned to it, else 0. */
    @Query("select count(c) from Client c where c.id = :id and " + ClientScope.LIVE + " and " + ClientScope.STAFF_RULE)
    long countLiveVisibleTo(long id, long scopeStaff);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Client c where c.id = :id and " + ClientScope.LIVE)
    Optional<Client> findLiveForUpdate(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update Client c set c.trashedAt = :at, c.version = c.version + 1 where c.id in :ids and c.trashedAt is null")
    int trash(Collection<Long> ids, Instant at);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update Client c set c.trashedAt = null, c.version = c.version + 1 where c.id in :ids and c.trashedAt is not null")
    int restore(Collection<Long> ids);

    /** No version bump: the amount is billing's, and must not make an open client form look stale. */
    @Modifying(flushAutomatically = true)
    @Query(value = "update clients set amount_owed = :amount where id = :id", nativeQuery = true)
    int updateAmountOwed(long id, java.math.BigDecimal amount);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Client c set c.company = null where c.company.id in :ids")
    int detachMembers(Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Client c where c.id in :ids and c.trashedAt is not null")
    int deleteTrashed(Collection<Long> ids);
}
