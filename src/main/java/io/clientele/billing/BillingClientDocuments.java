package io.clientele.billing;

import io.clientele.client.ClientDocuments;
import org.springframework.stereotype.Component;

/** Tells the client feature when a client's currency is locked: as soon as it has an invoice, quote or payment. */
@Component
class BillingClientDocuments implements ClientDocuments {

    private final ClientDocumentQueries queries;

    BillingClientDocuments(ClientDocumentQueries queries) {
        this.queries = queries;
    }

    @Override
    public boolean hasDocuments(long clientId) {
        return queries.hasDocuments(clientId);
    }
}
