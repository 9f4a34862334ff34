package io.clientele.settings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentTermRepository extends JpaRepository<PaymentTerm, Long> {

    List<PaymentTerm> findAllByOrderByDaysAscNameAsc();

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    boolean existsByNameIgnoreCase(String name);
}
