package io.clientele.helpdesk.ui;

import com.vaadin.flow.component.Component;
import io.clientele.client.ui.ClientSection;
import io.clientele.helpdesk.SupportService;

/** Contributes the Support tab to the client overview: the client's requests, whatever their state. */
@org.springframework.stereotype.Component
class SupportSection implements ClientSection {

    private final SupportService support;

    SupportSection(SupportService support) {
        this.support = support;
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public String titleKey() {
        return "support.section.title";
    }

    @Override
    public String id() {
        return "support";
    }

    @Override
    public Component create(long clientId, ClientContext context) {
        return new SupportTab(support, clientId);
    }
}
