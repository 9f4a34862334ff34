package io.clientele.settings.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.clientele.base.security.Roles;
import io.clientele.base.ui.ViewHeader;
import io.clientele.settings.LeadSourceService;
import io.clientele.settings.SettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Administrators' settings: the defaults new clients take, payment terms, lead sources, and the tabs other features
 * contribute ({@link SettingsSection}).
 */
@Route("settings")
@Menu(order = 80, icon = "vaadin:cog", title = "nav.settings")
@RolesAllowed(Roles.ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    final DefaultsPanel defaults;
    final PaymentTermsPanel paymentTerms;
    final LeadSourcesPanel leadSources;
    final EInvoicePanel einvoice;

    /** The settings feature's own tabs, and after them in their order the tabs other features contribute. */
    public SettingsView(
            SettingsService settings, LeadSourceService leadSourceService, List<SettingsSection> contributed) {
        addClassName("settings-view");
        setSizeFull();
        defaults = new DefaultsPanel(settings);
        paymentTerms = new PaymentTermsPanel(settings, defaults::reloadPaymentTerms);
        leadSources = new LeadSourcesPanel(leadSourceService);
        einvoice = new EInvoicePanel(settings);
        List<SettingsSection> sections = new ArrayList<>(List.of(
                new SettingsSection(10, "settings.tab.defaults", "tab-defaults", () -> defaults),
                new SettingsSection(15, "einvoice.settings.tab", "tab-einvoice", () -> einvoice),
                new SettingsSection(20, "settings.tab.payment-terms", "tab-payment-terms", () -> paymentTerms),
                new SettingsSection(40, "settings.tab.lead-sources", "tab-lead-sources", () -> leadSources)));
        sections.addAll(contributed);
        sections.sort(Comparator.comparingInt(SettingsSection::order));
        TabSheet tabs = new TabSheet();
        tabs.setId("settings-tabs");
        tabs.setSizeFull();
        for (SettingsSection section : sections) {
            tabs.add(getTranslation(section.titleKey()), section.content().get())
                    .setId(section.id());
        }
        add(new ViewHeader(getTranslation("settings.title")), tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · " + getTranslation("app.name");
    }
}
