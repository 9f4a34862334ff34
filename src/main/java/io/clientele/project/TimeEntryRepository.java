package io.clientele.project;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimeEntryRepository extends JpaRepository<TimeEntry, Long> {}
