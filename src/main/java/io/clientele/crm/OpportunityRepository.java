package io.clientele.crm;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    /** With the lead source loaded, so a form can use it detached. */
    @Query("select o from Opportunity o left join fetch o.leadSource where o.id = :id")
    Optional<Opportunity> findForEditing(long id);

    /** SELECT … FOR UPDATE: two conversions of one opportunity run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Opportunity o where o.id = :id")
    Optional<Opportunity> findForUpdate(long id);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Opportunity o set o.stage = io.clientele.crm.OpportunityStage.WON, o.clientId = :clientId,
              o.wonOn = :wonOn, o.version = o.version + 1 where o.id = :id and o.clientId is null""")
    int markWon(long id, long clientId, LocalDate wonOn);

    /** A merge: opportunities won as the merged client now point at the survivor. */
    @Modifying(flushAutomatically = true)
    @Query(
            value =
                    "update opportunities set client_id = :survivorId, version = version + 1 where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    @Query("select count(o) from Opportunity o where o.leadSource.id = :leadSourceId")
    long countByLeadSource(long leadSourceId);

    @Query("select o from Opportunity o where o.clientId = :clientId order by o.id")
    List<Opportunity> findWonBy(long clientId);

    /** The person and company named on opportunities won as this client give way to the placeholder. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Opportunity o set o.companyName = :placeholder, o.firstName = null, o.lastName = null,
            o.email = null, o.phone = null, o.version = o.version + 1 where o.clientId = :clientId""")
    int anonymise(long clientId, String placeholder);
}
