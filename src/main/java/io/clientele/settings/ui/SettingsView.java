package io.clientele.settings.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.ViewHeader;
import io.clientele.client.ClientFieldRules;
import io.clientele.client.ClientGroupService;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;

/** Administrators' settings: the defaults new clients take, payment terms and client groups. */
@Route("settings")
@Menu(order = 80, icon = "vaadin:cog", title = "nav.settings")
@RolesAllowed(Roles.ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    final DefaultsPanel defaults;
    final PaymentTermsPanel paymentTerms;
    final ClientGroupsPanel groups;
    final LeadSourcesPanel leadSources;
    final ClientFieldsPanel clientFields;

    public SettingsView(
            SettingsService settings,
            ClientGroupService groupService,
            LeadSourceService leadSourceService,
            ClientFieldRules fieldRules) {
        addClassName("settings-view");
        setSizeFull();
        defaults = new DefaultsPanel(settings);
        paymentTerms = new PaymentTermsPanel(settings, defaults::reloadPaymentTerms);
        groups = new ClientGroupsPanel(groupService);
        leadSources = new LeadSourcesPanel(leadSourceService);
        clientFields = new ClientFieldsPanel(fieldRules);
        TabSheet tabs = new TabSheet();
        tabs.setId("settings-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("settings.tab.defaults"), defaults).setId("tab-defaults");
        tabs.add(getTranslation("settings.tab.payment-terms"), paymentTerms).setId("tab-payment-terms");
        tabs.add(getTranslation("settings.tab.groups"), groups).setId("tab-groups");
        tabs.add(getTranslation("settings.tab.lead-sources"), leadSources).setId("tab-lead-sources");
        tabs.add(getTranslation("settings.tab.client-fields"), clientFields).setId("tab-client-fields");
        add(new ViewHeader(getTranslation("settings.title")), tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · " + getTranslation("app.name");
    }
}
