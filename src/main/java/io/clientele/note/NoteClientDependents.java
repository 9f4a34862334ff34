package io.clientele.note;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A client's notes go with it when it is deleted for good (the foreign key cascades) and move when it is merged. */
@Component
class NoteClientDependents implements ClientDependents {

    private final ClientNoteRepository notes;

    NoteClientDependents(ClientNoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of("client.delete.with.notes", notes.countByClientIdIn(clientIds));
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        return Map.of("client.delete.with.notes", (long) notes.moveToClient(mergedId, survivorId));
    }
}
