package io.clientele.dunning.ui;

import io.clientele.client.ui.ClientSection;
import io.clientele.dunning.DunningService;
import io.clientele.settings.ui.SettingsSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where payment reminders plug in: a Settings tab for the installation's schedule, a Reminders tab on the client. */
@Configuration
class DunningSections {

    @Bean
    SettingsSection reminderSettings(DunningService dunning) {
        return new SettingsSection(
                25,
                "dunning.settings.tab",
                "tab-payment-reminders",
                () -> new ReminderPolicyPanel(dunning, null, true));
    }

    @Bean
    ClientSection clientReminders(DunningService dunning) {
        return new ClientSection() {
            @Override
            public int order() {
                return 47;
            }

            @Override
            public String titleKey() {
                return "dunning.client.tab";
            }

            @Override
            public String id() {
                return "payment-reminders";
            }

            @Override
            public com.vaadin.flow.component.Component create(long clientId, ClientContext context) {
                return new ReminderPolicyPanel(dunning, clientId, context.canEdit());
            }
        };
    }
}
