package io.clientele.crm;

import io.clientele.client.ClientScope;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** A staff member's own reminders; those of clients in the Trash are left out (the client feature says which). */
@Component
class ReminderQueries {

    private static final String MINE =
            " from Reminder r where r.assigneeId = :assigneeId" + " and (:withDone = true or r.doneAt is null) and ";

    private final EntityManager em;

    ReminderQueries(EntityManager em) {
        this.em = em;
    }

    List<Reminder> forAssignee(long assigneeId, boolean withDone, Pageable page) {
        ClientScope.Fragment live = ClientScope.live("r.clientId");
        return live.bind(em.createQuery("select r" + MINE + live.text() + ReminderRepository.ORDER, Reminder.class))
                .setParameter("assigneeId", assigneeId)
                .setParameter("withDone", withDone)
                .setFirstResult(Math.toIntExact(page.getOffset()))
                .setMaxResults(page.getPageSize())
                .getResultList();
    }

    long countForAssignee(long assigneeId, boolean withDone) {
        ClientScope.Fragment live = ClientScope.live("r.clientId");
        return live.bind(em.createQuery("select count(r)" + MINE + live.text(), Long.class))
                .setParameter("assigneeId", assigneeId)
                .setParameter("withDone", withDone)
                .getSingleResult();
    }
}
