package io.clientele.account;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A client's Client Center logins go with it when it is deleted for good (the foreign key cascades) and move to the
 * survivor when it is merged: the people keep their password and see the survivor's documents.
 */
@Component
class PortalLoginClientDependents implements ClientDependents {

    private final UserAccountRepository accounts;

    PortalLoginClientDependents(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return Map.of("client.delete.with.portal-logins", accounts.countByClientIds(clientIds));
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        return Map.of("client.delete.with.portal-logins", (long) accounts.moveToClient(mergedId, survivorId));
    }
}
