package io.clientele.settings.ui;

import io.clientele.settings.MailTemplateService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The E-mail templates tab, contributed like other features' tabs so that SettingsView needs no change. */
@Configuration
class MailTemplatesSection {

    @Bean
    SettingsSection mailTemplatesSettings(MailTemplateService templates) {
        return new SettingsSection(
                70, "mail.templates.tab", "tab-mail-templates", () -> new MailTemplatesPanel(templates));
    }
}
