package io.clientele.attachment;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A client's documents go with it when it is deleted for good: the rows by the foreign key's cascade, the files
 * once the deletion is committed. Trashing keeps both.
 */
@Component
class AttachmentClientDependents implements ClientDependents {

    // The repository, not the service: the service needs ClientService, which needs every ClientDependents.
    private final ClientAttachmentRepository attachments;
    private final AttachmentStorage storage;

    AttachmentClientDependents(ClientAttachmentRepository attachments, AttachmentStorage storage) {
        this.attachments = attachments;
        this.storage = storage;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of("client.delete.with.documents", attachments.countByClientIdIn(clientIds));
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        return Map.of("client.delete.with.documents", (long) attachments.moveToClient(mergedId, survivorId));
    }

    @Override
    public void deleting(Collection<Long> clientIds) {
        storage.deleteWhen(true, attachments.storedNames(clientIds));
    }
}
