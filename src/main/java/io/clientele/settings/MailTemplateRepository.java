package io.clientele.settings;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MailTemplateRepository extends JpaRepository<MailTemplateOverride, Long> {

    Optional<MailTemplateOverride> findByKindAndLanguage(String kind, String language);
}
