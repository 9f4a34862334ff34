package io.clientele.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.clientele.settings.ui.SettingsSection;
import io.clientele.support.SpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Features plug tabs into the client overview and Settings without knowing each other, so nothing but this test keeps
 * two of them from taking the same id: the page would carry one element id twice, and a test or a link selecting the
 * tab by id would get whichever came first (it happened: the crm reminders and the payment reminders).
 */
class ExtensionIdsTest extends SpringTest {

    @Autowired
    List<ClientSection> clientSections;

    @Autowired
    List<SettingsSection> settingsSections;

    @Test
    void every_client_overview_tab_and_settings_tab_has_its_own_id_and_title() {
        assertThat(clientSections.stream().map(ClientSection::id)).doesNotHaveDuplicates();
        assertThat(clientSections.stream().map(ClientSection::titleKey)).doesNotHaveDuplicates();
        assertThat(settingsSections.stream().map(SettingsSection::id)).doesNotHaveDuplicates();
        assertThat(settingsSections.stream().map(SettingsSection::titleKey)).doesNotHaveDuplicates();
    }
}
