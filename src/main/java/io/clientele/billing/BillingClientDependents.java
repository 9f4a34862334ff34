package io.clientele.billing;

import io.clientele.client.ClientDependents;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Invoices, quotes, credit notes and payments go with a client that is deleted for good (the foreign keys cascade);
 * the issued invoices and credit notes among them are named, since they are records. A merge moves them to the
 * survivor: issued ones keep the buyer they froze at issue (they are records), drafts show the survivor from now on;
 * the client feature has refused a currency conflict already.
 */
@Component
class BillingClientDependents implements ClientDependents {

    private final BillingDependentQueries queries;
    private final OpenBalanceLedger ledger;
    private final InvoiceMonths months;

    BillingClientDependents(BillingDependentQueries queries, OpenBalanceLedger ledger, InvoiceMonths months) {
        this.queries = queries;
        this.ledger = ledger;
        this.months = months;
    }

    @Override
    public Map<String, Long> count(Collection<Long> clientIds) {
        return queries.count(clientIds);
    }

    @Override
    public void deleting(Collection<Long> clientIds) {
        // The group report's group rows (issue 18): the client-months themselves go by the foreign key.
        months.deleting(clientIds);
    }

    @Override
    public Map<String, Long> merging(long mergedId, long survivorId) {
        // The dashboard's open balances go with the invoices.
        ledger.moveClient(mergedId, survivorId);
        Map<String, Long> moved = queries.merging(mergedId, survivorId);
        // The group report's months (issue 18) follow the moved invoices.
        months.merged(mergedId, survivorId);
        return moved;
    }

    @Override
    public Map<String, Long> issued(Collection<Long> clientIds) {
        return queries.issued(clientIds);
    }

    @Override
    public Map<Long, List<String>> records(Collection<Long> clientIds) {
        return queries.records(clientIds);
    }
}
