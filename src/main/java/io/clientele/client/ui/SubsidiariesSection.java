package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import io.clientele.client.ClientParents;

/** Issue 22: the Subsidiaries tab of a parent company's overview, shown only when it has subsidiaries. */
@org.springframework.stereotype.Component
class SubsidiariesSection implements ClientSection {

    private final ClientParents parents;

    SubsidiariesSection(ClientParents parents) {
        this.parents = parents;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String titleKey() {
        return "parent.subsidiaries.title";
    }

    @Override
    public String id() {
        return "subsidiaries";
    }

    @Override
    public boolean visible(long clientId) {
        return parents.hasSubsidiaries(clientId);
    }

    @Override
    public Component create(long clientId, ClientContext context) {
        return new SubsidiariesTab(parents, clientId);
    }
}
