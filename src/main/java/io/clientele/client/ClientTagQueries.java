package io.clientele.client;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tag counts over the clients the caller may see (issue 22): native SQL with the scope's fragment. */
@Component
class ClientTagQueries {

    private final EntityManager em;
    private final ClientScope scope;

    ClientTagQueries(EntityManager em, ClientScope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** How many live clients the caller may see carry each of these tags; tags none carries are left out. */
    Map<Long, Long> visibleCounts(List<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return Map.of();
        }
        ClientScope.Fragment visible = scope.sql("m.client_id");
        List<?> rows = visible.bind(em.createNativeQuery("select m.tag_id, count(*) from client_tag_members m"
                                + " where m.tag_id in (:ids) and " + visible.text() + " group by m.tag_id")
                        .setParameter("ids", tagIds))
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }
}
