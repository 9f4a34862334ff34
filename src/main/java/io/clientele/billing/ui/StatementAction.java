package io.clientele.billing.ui;

import io.clientele.base.security.CurrentUser;
import io.clientele.base.security.Roles;
import io.clientele.billing.DocumentPdfService;
import io.clientele.client.ClientParents;
import io.clientele.client.ClientService;
import io.clientele.client.ui.ClientAction;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Statement (PDF)" in a client's Options menu: pick a period, download the statement. */
@Component
@Order(40)
class StatementAction implements ClientAction {

    private final DocumentPdfService pdfs;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ClientService clients;
    private final ClientParents parents;

    StatementAction(
            DocumentPdfService pdfs,
            CurrentUser currentUser,
            Clock clock,
            ClientService clients,
            ClientParents parents) {
        this.parents = parents;
        this.pdfs = pdfs;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "billing.pdf.statement";
    }

    @Override
    public String id() {
        return "statement-pdf";
    }

    @Override
    public boolean isAvailable() {
        return currentUser.hasRole(Roles.ADMIN)
                || currentUser.hasRole(Roles.STAFF)
                || currentUser.hasRole(Roles.MANAGER);
    }

    @Override
    public void run(long clientId, Runnable afterChange) {
        new StatementDialog(
                        pdfs,
                        clientId,
                        clients.get(clientId).getName(),
                        LocalDate.now(clock),
                        parents.hasSubsidiaries(clientId))
                .open();
    }
}
