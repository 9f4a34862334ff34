package io.clientele.account;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountEventRepository extends JpaRepository<AccountEvent, Long> {

    @Query("select e from AccountEvent e where e.accountId = :accountId order by e.occurredAt desc, e.id desc")
    List<AccountEvent> latest(long accountId, Pageable page);

    /** The account's sign-in history keeps what happened when, under the anonymised username. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AccountEvent e set e.username = :username where e.accountId = :accountId")
    int rename(long accountId, String username);

    /** Entries where the anonymised login acted itself (e.g. changed its own password). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AccountEvent e set e.actor = :username where e.actor = :oldUsername")
    int renameActor(String oldUsername, String username);
}
