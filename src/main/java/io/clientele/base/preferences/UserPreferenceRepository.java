package io.clientele.base.preferences;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserPreferenceRepository extends JpaRepository<UserPreference, Long> {

    Optional<UserPreference> findByUsernameAndKey(String username, String key);
}
