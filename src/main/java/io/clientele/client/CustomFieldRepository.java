package io.clientele.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomFieldRepository extends JpaRepository<CustomField, Long> {

    List<CustomField> findByOwnerOrderByPositionAscIdAsc(CustomFieldOwner owner);

    @Query("select coalesce(max(f.position), 0) from CustomField f where f.owner = :owner")
    int maxPosition(CustomFieldOwner owner);
}
