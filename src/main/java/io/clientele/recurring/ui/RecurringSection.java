package io.clientele.recurring.ui;

import io.clientele.client.ui.ClientSection;
import io.clientele.recurring.RecurringService;
import org.springframework.stereotype.Component;

/** Contributes the Recurring tab (the client's recurring invoice profiles) to the client overview. */
@Component
class RecurringSection implements ClientSection {

    private final RecurringService recurring;

    RecurringSection(RecurringService recurring) {
        this.recurring = recurring;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public String titleKey() {
        return "recurring.section.title";
    }

    @Override
    public String id() {
        return "recurring";
    }

    @Override
    public com.vaadin.flow.component.Component create(long clientId, ClientContext context) {
        return new RecurringTab(recurring, clientId, context.canEdit());
    }
}
