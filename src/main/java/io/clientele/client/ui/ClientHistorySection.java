package io.clientele.client.ui;

import io.clientele.client.ClientHistoryService;
import org.springframework.stereotype.Component;

/** Contributes the History tab (who changed which field, from what to what) to the client overview. */
@Component
class ClientHistorySection implements ClientSection {

    private final ClientHistoryService history;

    ClientHistorySection(ClientHistoryService history) {
        this.history = history;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String titleKey() {
        return "client.history.title";
    }

    @Override
    public String id() {
        return "history";
    }

    @Override
    public com.vaadin.flow.component.Component create(long clientId, ClientContext context) {
        return new ClientHistoryTab(history, clientId);
    }
}
