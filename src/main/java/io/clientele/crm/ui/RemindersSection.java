package io.clientele.crm.ui;

import io.clientele.base.security.UserDirectory;
import io.clientele.client.ui.ClientSection;
import io.clientele.crm.ReminderService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Contributes the Reminders tab to the client overview. */
@Component
class RemindersSection implements ClientSection {

    private final ReminderService reminders;
    private final UserDirectory users;
    private final Clock clock;

    RemindersSection(ReminderService reminders, UserDirectory users, Clock clock) {
        this.reminders = reminders;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "reminder.section.title";
    }

    @Override
    public String id() {
        return "reminders";
    }

    @Override
    public com.vaadin.flow.component.Component create(long clientId, ClientContext context) {
        return new RemindersTab(reminders, users, clock, clientId, context.canEdit());
    }
}
