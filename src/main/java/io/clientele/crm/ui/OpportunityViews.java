package io.clientele.crm.ui;

import io.clientele.base.security.UserDirectory;
import io.clientele.client.ui.ClientEditors;
import io.clientele.crm.OpportunityService;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import org.springframework.stereotype.Component;

/** What the opportunity dialogs need, in one bean, so the list view passes one thing around. */
@Component
class OpportunityViews {

    final OpportunityService opportunities;
    final LeadSourceService leadSources;
    final UserDirectory users;
    final ClientEditors clientEditors;
    final SettingsService settings;

    OpportunityViews(
            OpportunityService opportunities,
            LeadSourceService leadSources,
            UserDirectory users,
            ClientEditors clientEditors,
            SettingsService settings) {
        this.opportunities = opportunities;
        this.leadSources = leadSources;
        this.users = users;
        this.clientEditors = clientEditors;
        this.settings = settings;
    }
}
