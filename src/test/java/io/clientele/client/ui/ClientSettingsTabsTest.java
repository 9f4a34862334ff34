package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientFieldRules;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientService;
import io.clientele.settings.ui.NameDialog;
import io.clientele.settings.ui.SettingsView;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The client feature's tabs in Settings (client groups, mandatory client fields), as an administrator uses them. */
class ClientSettingsTabsTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientFieldRules rules;

    private void open() {
        login(TestData.ADMIN);
        navigate("settings", SettingsView.class);
    }

    private static ClientGroupsPanel panel() {
        return _get(ClientGroupsPanel.class);
    }

    private static ClientFieldsPanel fields() {
        return _get(ClientFieldsPanel.class);
    }

    /** The button with the id in a row's action cell (cells are not attached in Karibu). */
    private static <T> Button rowButton(Grid<T> grid, String idPrefix, long id) {
        for (int row = 0; row < _size(grid); row++) {
            HorizontalLayout actions = cell(grid, row, "actions", HorizontalLayout.class);
            var match = actions.getChildren()
                    .filter(c -> c.getId().orElse("").equals(idPrefix + id))
                    .findFirst();
            if (match.isPresent()) {
                return (Button) match.get();
            }
        }
        throw new AssertionError("no button " + idPrefix + id);
    }

    @Test
    void deleting_a_group_names_the_clients_it_affects_and_keeps_them() {
        ClientGroup vip = testData.group("VIP");
        Client c = testData.company("Grouped Ltd", "g@example.com");
        testData.save(SystemAuthentication.call(() -> {
            Client fresh = clients.get(c.getId());
            fresh.setGroups(Set.of(vip));
            return fresh;
        }));
        open();
        selectTab("settings-tabs", "tab-groups");
        assertThat(_size(panel().grid)).isEqualTo(1);

        _click(rowButton(panel().grid, "group-delete-", vip.getId()));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).contains("One client is in this group");
        confirm(confirm);

        assertThat(_size(panel().grid)).isZero();
        assertThat(SystemAuthentication.call(() -> clients.get(c.getId()).getGroups()))
                .isEmpty();
    }

    @Test
    void groups_are_created_and_renamed() {
        open();
        selectTab("settings-tabs", "tab-groups");
        _click(panel().add);
        NameDialog dialog = _get(NameDialog.class);
        userSets(dialog.name, "  Großkunden  ");
        _click(dialog.save);
        assertThat(_size(panel().grid)).isEqualTo(1);
        ClientGroup created = GridKt._get(panel().grid, 0);
        assertThat(created.getName()).isEqualTo("Großkunden");

        _click(rowButton(panel().grid, "group-rename-", created.getId()));
        NameDialog rename = _get(NameDialog.class);
        userSets(rename.name, "Key accounts");
        _click(rename.save);
        assertThat(GridKt._get(panel().grid, 0).getName()).isEqualTo("Key accounts");
    }

    @Test
    void ticked_client_fields_become_mandatory() {
        open();
        selectTab("settings-tabs", "tab-client-fields");
        userSets(fields().mandatory.get(ClientField.LEAD_SOURCE), true);
        userSets(fields().mandatory.get(ClientField.MOBILE), true);
        _click(fields().save);
        assertThat(SystemAuthentication.call(() -> rules.mandatory()))
                .containsExactlyInAnyOrder(ClientField.LEAD_SOURCE, ClientField.MOBILE);

        userSets(fields().mandatory.get(ClientField.MOBILE), false);
        _click(fields().save);
        assertThat(SystemAuthentication.call(() -> rules.mandatory())).containsExactly(ClientField.LEAD_SOURCE);
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Saved."));
    }
}
