package io.clientele.account;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountEventRepository extends JpaRepository<AccountEvent, Long> {

    @Query("select e from AccountEvent e where e.accountId = :accountId order by e.occurredAt desc, e.id desc")
    List<AccountEvent> latest(long accountId, Pageable page);
}
