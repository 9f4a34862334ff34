package io.clientele.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientFieldRuleRepository extends JpaRepository<ClientFieldRule, Long> {

    @Query("select r.field from ClientFieldRule r where r.mandatory = true")
    List<ClientField> findMandatoryFields();
}
