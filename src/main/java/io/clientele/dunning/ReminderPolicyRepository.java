package io.clientele.dunning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderPolicyRepository extends JpaRepository<ReminderPolicy, Long> {

    /** The installation's policy: the one row without a client, inserted by the changelog. */
    @Query("select p from ReminderPolicy p where p.clientId is null")
    List<ReminderPolicy> findInstallation();

    Optional<ReminderPolicy> findByClientId(long clientId);

    List<ReminderPolicy> findByClientIdIn(Collection<Long> clientIds);

    /** Earliest and latest step day of every client's own schedule (null, null when there is none). */
    @Query("""
            select min(p.step1Days), max(coalesce(p.step3Days, p.step2Days, p.step1Days)) from ReminderPolicy p
            where p.clientId is not null and p.ownSchedule = true and p.optedOut = false""")
    List<Object[]> clientStepRange();
}
