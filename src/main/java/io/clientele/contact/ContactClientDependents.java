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
}
