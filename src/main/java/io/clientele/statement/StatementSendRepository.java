package io.clientele.statement;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StatementSendRepository extends JpaRepository<StatementSend, Long> {

    /** The statement, its row locked until the transaction ends: a second node waits here, then sees it sent. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from StatementSend s where s.key = :key")
    Optional<StatementSend> findForUpdate(String key);

    Optional<StatementSend> findByKey(String key);

    /**
     * Which of these clients had the period starting {@code periodStart} done already (sent or skipped, by the job or
     * by hand): the job leaves them alone.
     */
    @Query("""
            select s.clientId from StatementSend s where s.clientId in :clientIds and s.periodStart = :periodStart
            and s.status <> io.clientele.statement.StatementStatus.PENDING""")
    List<Long> findDone(Collection<Long> clientIds, LocalDate periodStart);

    /** Whether the client's period was sent already, by the job or by hand. */
    boolean existsByClientIdAndPeriodStartAndStatus(long clientId, LocalDate periodStart, StatementStatus status);

    @Query("select s from StatementSend s where s.clientId = :clientId order by s.createdAt desc, s.id desc")
    List<StatementSend> findByClient(long clientId, Pageable page);
}
