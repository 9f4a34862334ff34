package io.clientele.client;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audiences of clients (see {@link ClientAudience}) for a feature that keeps figures per audience, read with
 * locking reads: on MariaDB a plain read inside a repeatable-read transaction may see an owner or assignment as it was
 * when the transaction began, and figures counted for that stale audience would drift. Locking the rows also makes a
 * concurrent change of owner or assignment wait until the caller's transaction ends, and be told then through
 * {@link ClientAudienceChanges}. Not a user action: no role check, it hands out ids only.
 */
@Component
public class ClientAudiences {

    private final ClientAudienceQueries queries;

    ClientAudiences(ClientAudienceQueries queries) {
        this.queries = queries;
    }

    /** The audiences of these clients that exist, locking their rows until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ClientAudience> lockAndRead(Collection<Long> clientIds) {
        return queries.lockAndRead(clientIds);
    }
}
