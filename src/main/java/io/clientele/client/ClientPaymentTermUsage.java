package io.clientele.client;

import io.clientele.settings.PaymentTermUsage;
import org.springframework.stereotype.Component;

/** Clients that use a payment term keep it from being deleted. */
@Component
class ClientPaymentTermUsage implements PaymentTermUsage {

    private final ClientRepository clients;

    ClientPaymentTermUsage(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public long countUsing(long paymentTermId) {
        return clients.countUsingPaymentTerm(paymentTermId);
    }
}
