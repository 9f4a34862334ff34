package io.clientele.recurring;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RecurringRunRepository extends JpaRepository<RecurringRun, Long> {

    @Query("select r from RecurringRun r where r.profileId = :profileId order by r.periodIndex desc")
    List<RecurringRun> findByProfile(long profileId, Pageable page);

    long countByProfileId(long profileId);
}
