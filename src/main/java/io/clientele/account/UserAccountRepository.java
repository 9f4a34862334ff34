package io.clientele.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select a from UserAccount a where a.enabled = true
            and a.type in (io.clientele.account.AccountType.ADMIN, io.clientele.account.AccountType.STAFF)
            and (a.displayName like :pattern escape '\\' or a.username like :pattern escape '\\')
            order by a.displayName, a.id""")
    List<UserAccount> findStaff(String pattern, Pageable page);

    @Modifying
    @Query("update UserAccount a set a.lastLoginAt = :at where lower(a.username) = lower(:username)")
    int markLogin(String username, Instant at);

    @Query("select c.language from Client c where c.id = :clientId")
    Optional<String> clientLanguage(long clientId);
}
