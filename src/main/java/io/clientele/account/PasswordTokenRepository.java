package io.clientele.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);
}
