package io.clientele.settings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LeadSourceRepository extends JpaRepository<LeadSource, Long> {

    List<LeadSource> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    boolean existsByNameIgnoreCase(String name);
}
