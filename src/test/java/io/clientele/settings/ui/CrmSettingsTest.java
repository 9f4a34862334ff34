package io.clientele.settings.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientFieldRules;
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Settings → Lead sources, as an administrator uses them. */
class CrmSettingsTest extends KaribuTest {

    @Autowired
    LeadSourceService sources;

    @Autowired
    ClientFieldRules rules;

    private SettingsView view;

    @BeforeEach
    void open() {
        login(TestData.ADMIN);
        view = navigate("settings", SettingsView.class);
    }

    private static Button rowButton(Grid<LeadSource> grid, String id) {
        for (int row = 0; row < _size(grid); row++) {
            var match = cell(grid, row, "actions", HorizontalLayout.class)
                    .getChildren()
                    .filter(c -> c.getId().orElse("").equals(id))
                    .findFirst();
            if (match.isPresent()) {
                return (Button) match.get();
            }
        }
        throw new AssertionError("no button " + id);
    }

    private List<String> names() {
        return SystemAuthentication.call(() -> sources.all()).stream()
                .map(LeadSource::getName)
                .toList();
    }

    @Test
    void an_administrator_adds_a_lead_source_and_a_duplicate_name_is_refused_on_the_field() {
        selectTab("settings-tabs", "tab-lead-sources");
        assertThat(_size(view.leadSources.grid)).isEqualTo(5);
        _click(view.leadSources.add);
        NameDialog dialog = _get(NameDialog.class);
        userSets(dialog.name, "Partner network");
        _click(dialog.save);
        assertThat(names()).contains("Partner network");
        assertThat(_size(view.leadSources.grid)).isEqualTo(6);

        _click(view.leadSources.add);
        NameDialog again = _get(NameDialog.class);
        userSets(again.name, "partner NETWORK");
        _click(again.save);
        assertThat(again.isOpened()).isTrue();
        assertThat(again.name.getErrorMessage()).isEqualTo("A lead source named “partner NETWORK” already exists.");
        assertThat(_size(view.leadSources.grid)).isEqualTo(6);
    }

    @Test
    void a_lead_source_in_use_is_kept_and_an_unused_one_is_deleted() {
        LeadSource website = testData.leadSource("Website");
        LeadSource other = testData.leadSource("Other");
        Client client = testData.company("Web Lead GmbH", "web@lead.example");
        client.setLeadSourceId(website.getId());
        testData.save(client);
        selectTab("settings-tabs", "tab-lead-sources");

        _click(rowButton(view.leadSources.grid, "lead-source-delete-" + website.getId()));
        confirm(_get(ConfirmDialog.class));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("“Website” is still used by one client"));
        _click(rowButton(view.leadSources.grid, "lead-source-delete-" + other.getId()));
        confirm(_get(ConfirmDialog.class));
        assertThat(names()).contains("Website").doesNotContain("Other");
    }
}
