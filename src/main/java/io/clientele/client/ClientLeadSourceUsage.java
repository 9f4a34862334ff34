package io.clientele.client;

import io.clientele.settings.LeadSourceUsage;
import org.springframework.stereotype.Component;

/** Clients (trashed ones too) that came from a lead source keep it from being deleted. */
@Component
class ClientLeadSourceUsage implements LeadSourceUsage {

    private final ClientRepository clients;

    ClientLeadSourceUsage(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public long countUsing(long leadSourceId) {
        return clients.countUsingLeadSource(leadSourceId);
    }
}
