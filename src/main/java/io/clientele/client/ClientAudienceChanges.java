package io.clientele.client;

import java.util.Collection;

/**
 * An extension point for features that keep figures per audience of clients (billing's open balances per staff
 * member, for the dashboard): told, inside the transaction of the change and after it is flushed, that these clients
 * may now be seen by other people than before — trashed, restored, another owner, other assigned staff, merged. The
 * feature reads the new audience through {@link ClientAudiences}.
 */
public interface ClientAudienceChanges {

    void changed(Collection<Long> clientIds);
}
