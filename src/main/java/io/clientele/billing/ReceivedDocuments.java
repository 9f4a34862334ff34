package io.clientele.billing;

import io.clientele.base.domain.PageCap;
import io.clientele.base.security.Roles;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientScope;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a client received: its issued invoices and quotes (drafts never leave the back office) and its payments,
 * newest first. A parent company also received its subsidiaries' documents billed to it (issue 22); they stay the
 * subsidiary's records (client, balance, statement). For whoever may see the client — the Client Center too, whose caller sees only their own client —
 * each method first checks the client through the client guard.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.STAFF, Roles.MANAGER, Roles.CLIENT})
public class ReceivedDocuments {

    private final ClientDocumentQueries queries;
    private final ClientScope scope;

    ReceivedDocuments(ClientDocumentQueries queries, ClientScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    /**
     * One page of the client's issued invoices or quotes, newest first.
     *
     * @throws ClientNotFoundException when the caller may not see the client
     */
    public <D extends BillingDocument> List<D> issuedFor(Class<D> type, long clientId, Pageable page) {
        scope.require(clientId);
        return queries.issued(type, clientId, page.getOffset(), PageCap.size(page));
    }

    /** How many invoices or quotes were issued to the client. */
    public long countIssuedFor(Class<? extends BillingDocument> type, long clientId) {
        scope.require(clientId);
        return queries.countIssued(type, clientId, false);
    }

    /** How many of the client's issued invoices still have a balance. */
    public long countOpenInvoicesFor(long clientId) {
        scope.require(clientId);
        return queries.countIssued(Invoice.class, clientId, true);
    }

    /** One issued invoice or quote of the client; empty for a draft, another client's or an unknown id. */
    public <D extends BillingDocument> Optional<D> issuedOf(Class<D> type, long clientId, long id) {
        scope.require(clientId);
        return queries.issuedOne(type, clientId, id);
    }

    /** One page of the client's payments, newest first, each with its invoice. */
    public List<Payment> paymentsFor(long clientId, Pageable page) {
        scope.require(clientId);
        return queries.payments(clientId, page.getOffset(), PageCap.size(page));
    }

    public long countPaymentsFor(long clientId) {
        scope.require(clientId);
        return queries.countPayments(clientId);
    }

    /** One payment of the client; empty for another client's or an unknown id. */
    public Optional<Payment> paymentOf(long clientId, long id) {
        scope.require(clientId);
        return queries.payment(clientId, id);
    }
}
