package io.clientele.note;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientNoteRepository extends JpaRepository<ClientNote, Long> {

    List<ClientNote> findByClientId(long clientId, Pageable page);

    long countByClientId(long clientId);
}
