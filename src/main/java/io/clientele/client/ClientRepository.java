package io.clientele.client;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

    /** The client with everything its form and overview show, so it can be used detached. */
    @Query("""
            select c from Client c left join fetch c.company left join fetch c.groups left join fetch c.tags
            left join fetch c.assignedStaffIds where c.id = :id""")
    Optional<Client> findForEditing(long id);

    /** 1 when the client exists and is live, else 0. */
    @Query("select count(c) from Client c where c.id = :id and " + ClientScope.LIVE)
    long countLive(long id);

    /** 1 when the client exists, is live and the staff member owns or is assigned to it, else 0. */
    @Query("select count(c) from Client c where c.id = :id and " + ClientScope.LIVE + " and " + ClientScope.STAFF_RULE)
    long countLiveVisibleTo(long id, long scopeStaff);

    /** Clients, trashed ones too, that came from the lead source. */
    @Query("select count(c) from Client c where c.leadSourceId = :id")
    long countUsingLeadSource(long id);

    /** Clients, trashed ones too, with the payment term. */
    @Query("select count(c) from Client c where c.paymentTermId = :id")
    long countUsingPaymentTerm(long id);

    @Query("select c.name from Client c where c.id = :id")
    Optional<String> findName(long id);

    @Query("select c.language from Client c where c.id = :id")
    Optional<String> findLanguage(long id);

    @Query("select c.id, c.name from Client c where c.id in :ids")
    List<Object[]> findNames(Collection<Long> ids);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Client c where c.id = :id and " + ClientScope.LIVE)
    Optional<Client> findLiveForUpdate(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Client c where c.id in :ids and " + ClientScope.LIVE + " order by c.id")
    List<Client> findAllLiveForUpdate(Collection<Long> ids);

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
    int updateAmountOwed(long id, BigDecimal amount);

    /** Individuals, live or trashed, that belong to the company. */
    @Query(value = "select count(*) from clients where company_id = :companyId", nativeQuery = true)
    long countMembers(long companyId);

    /** A merge: the merged company's individuals belong to the survivor (never to themselves). */
    @Modifying(flushAutomatically = true)
    @Query(value = """
            update clients set company_id = :survivorId, version = version + 1
            where company_id = :mergedId and id <> :survivorId""", nativeQuery = true)
    int moveMembers(long mergedId, long survivorId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Client c set c.company = null where c.company.id in :ids")
    int detachMembers(Collection<Long> ids);

    /** Issue 22: subsidiaries of deleted parents lose the link and stay. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Client c set c.parent = null where c.parent.id in :ids")
    int detachSubsidiaries(Collection<Long> ids);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from Client c where c.id in :ids and c.trashedAt is not null")
    int deleteTrashed(Collection<Long> ids);
}
