package io.clientele.statement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatementScheduleRepository extends JpaRepository<StatementSchedule, Long> {

    Optional<StatementSchedule> findByClientId(long clientId);

    /** Schedules that send statements, with an id above {@code afterId}, by id: the job's keyset pages. */
    @Query("""
            select s from StatementSchedule s
            where s.frequency <> io.clientele.statement.StatementFrequency.NONE and s.id > :afterId order by s.id""")
    List<StatementSchedule> findActive(long afterId, Pageable page);
}
