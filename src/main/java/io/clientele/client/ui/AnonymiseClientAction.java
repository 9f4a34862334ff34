package io.clientele.client.ui;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.client.ClientService;
import io.clientele.client.PersonalDataService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Anonymise…" in a client's Options menu (ADMIN): asks, naming the open invoices, then anonymises for good. */
@Component
@Order(97)
class AnonymiseClientAction implements ClientAction {

    private final PersonalDataService personalData;
    private final ClientService clients;
    private final CurrentUser user;

    AnonymiseClientAction(PersonalDataService personalData, ClientService clients, CurrentUser user) {
        this.personalData = personalData;
        this.clients = clients;
        this.user = user;
    }

    @Override
    public int order() {
        return 97;
    }

    @Override
    public String labelKey() {
        return "gdpr.anonymise.action";
    }

    @Override
    public String id() {
        return "anonymise-client";
    }

    @Override
    public boolean isAvailable() {
        return user.hasRole(Roles.ADMIN);
    }

    @Override
    public void run(long clientId, Runnable afterChange) {
        PersonalDataDialogs.anonymiseDialog(personalData, clients, clientId, afterChange)
                .open();
    }
}
