package io.clientele.crm;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

    /** Open reminders first, each group by due time: overdue ones come out on top of the open ones. */
    String ORDER = " order by case when r.doneAt is null then 0 else 1 end, r.dueAt, r.id";

    @Query("select r from Reminder r where r.clientId = :clientId" + ORDER)
    List<Reminder> findForClient(long clientId, Pageable page);

    @Query("select count(r) from Reminder r where r.clientId = :clientId")
    long countForClient(long clientId);

    @Query("select r.id from Reminder r where r.byEmail = true and r.doneAt is null and r.notifiedAt is null"
            + " and r.dueAt <= :now order by r.dueAt, r.id")
    List<Long> findDueForMail(Instant now, Pageable page);

    /** Claims a reminder for mailing; 0 when another run (or node) got there first. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Reminder r set r.notifiedAt = :now where r.id = :id and r.notifiedAt is null"
            + " and r.doneAt is null")
    int claimForMail(long id, Instant now);

    long countByClientIdIn(Collection<Long> clientIds);

    /** A merge: the reminders, done or open, move to the surviving client. */
    @Modifying(flushAutomatically = true)
    @Query(
            value = "update reminders set client_id = :survivorId, version = version + 1 where client_id = :mergedId",
            nativeQuery = true)
    int moveToClient(long mergedId, long survivorId);

    @Query("select r from Reminder r where r.clientId = :clientId order by r.id")
    List<Reminder> findAllOfClient(long clientId);

    /** Each reminder's description gives way to the placeholder; who, when and whether done stay. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Reminder r set r.description = :placeholder, r.version = r.version + 1 where r.clientId = :clientId")
    int anonymise(long clientId, String placeholder);
}
