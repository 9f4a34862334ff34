package io.clientele.client.ui;

import io.clientele.client.ClientFieldRules;
import io.clientele.client.ClientGroupService;
import io.clientele.client.CustomFields;
import io.clientele.settings.ui.SettingsSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The client feature's tabs in Settings: its groups and which of its fields are mandatory. */
@Configuration
class ClientSettingsSections {

    @Bean
    SettingsSection clientGroupsSettings(ClientGroupService groups) {
        return new SettingsSection(30, "settings.tab.groups", "tab-groups", () -> new ClientGroupsPanel(groups));
    }

    @Bean
    SettingsSection clientFieldsSettings(ClientFieldRules rules) {
        return new SettingsSection(
                50, "settings.tab.client-fields", "tab-client-fields", () -> new ClientFieldsPanel(rules));
    }

    /** Custom fields (issue 22), right after the fixed fields' rules. */
    @Bean
    SettingsSection customFieldsSettings(CustomFields fields) {
        return new SettingsSection(
                55, "customfield.settings.tab", "tab-custom-fields", () -> new CustomFieldsPanel(fields));
    }
}
