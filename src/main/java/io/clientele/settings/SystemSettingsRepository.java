package io.clientele.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface SystemSettingsRepository extends JpaRepository<SystemSettings, Long> {}
