package io.clientele.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    /** Links of the account that expire after {@code expiresAfter}: those sent since validity before it. */
    @Query("select count(t) from PasswordToken t where t.accountId = :accountId and t.expiresAt > :expiresAfter")
    long countSentSince(long accountId, Instant expiresAfter);

    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
    int invalidateUnused(long accountId, Instant now);
}
