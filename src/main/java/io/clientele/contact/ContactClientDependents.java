package io.clientele.contact;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A client's contacts go with it when it is deleted for good. */
@Component
class ContactClientDependents implements ClientDependents {

    private final ContactRepository contacts;

    ContactClientDependents(ContactRepository contacts) {
        this.contacts = contacts;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of("client.delete.with.contacts", contacts.countByClientIds(clientIds));
    }

    /** Live and trashed contacts move; one primary: the survivor's when it has one, else the merged client's. */
    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        if (contacts.findPrimaryId(survivorId).isPresent()) {
            contacts.demoteAllPrimary(mergedId);
        }
        long moved = contacts.moveToClient(mergedId, survivorId);
        contacts.relinkIndividual(mergedId, survivorId);
        return Map.of("client.delete.with.contacts", moved);
    }
}
