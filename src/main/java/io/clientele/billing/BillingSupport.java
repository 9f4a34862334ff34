package io.clientele.billing;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.client.ClientScope;
import io.clientele.client.ClientService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What invoices, quotes and payments share: visibility, validation of a document, the client's amount owed. */
@Component
class BillingSupport {

    final ClientService clients;
    final ClientScope scope;
    final InvoiceRepository invoices;
    final Clock clock;

    BillingSupport(ClientService clients, ClientScope scope, InvoiceRepository invoices, Clock clock) {
        this.clients = clients;
        this.scope = scope;
        this.invoices = invoices;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The document if the caller may see its client (and the client is live); else "not found". */
    <D extends BillingDocument> D visible(D document) {
        Client client = document.getClient();
        if (!scope.canSee(client)) {
            throw new DocumentNotFoundException(document.getId() == null ? 0 : document.getId());
        }
        return document;
    }

    /** Fills number, client, currency and addresses of a new document from its client. */
    void prepareNew(BillingDocument document, Client client, String number) {
        document.assign(number, client, client.getCurrency());
        if (document.getBillingAddress() == null) {
            document.setBillingAddress(blankToNull(client.getBillingAddress().formatted(locale(client))));
        }
        if (document.getShippingAddress() == null) {
            document.setShippingAddress(
                    blankToNull(client.effectiveShippingAddress().formatted(locale(client))));
        }
    }

    void validate(BillingDocument document) {
        if (document.getLines().isEmpty()) {
            throw new RuleViolationException("billing.lines.required");
        }
        LocalDate due = document.getDueDate();
        if (due != null && due.isBefore(document.getIssueDate())) {
            throw new RuleViolationException("billing.due-before-issue");
        }
    }

    /** Keeps the client's amount owed (the list's Balance column) in step, inside the caller's transaction. */
    void refreshAmountOwed(long clientId) {
        clients.recordAmountOwed(clientId, invoices.sumOpenBalance(clientId));
    }

    private static Locale locale(Client client) {
        return Locale.forLanguageTag(client.getLanguage());
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
