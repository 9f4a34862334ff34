package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import io.clientele.client.Client;
import io.clientele.client.ClientChange;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The History tab of the client overview: what was changed through the editor, by whom, translated. */
class ClientHistoryTabTest extends KaribuTest {

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Acme GmbH", "acme@example.com");
    }

    private static String column(ClientHistoryTab tab, int row, String key) {
        return GridKt._getFormatted(tab.grid, row, key);
    }

    @Test
    void a_change_made_in_the_editor_shows_in_the_history_tab_with_field_old_new_and_user() {
        login(TestData.STAFF);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-history");
        ClientHistoryTab tab = _get(ClientHistoryTab.class);
        assertThat(GridKt._size(tab.grid)).isZero();

        _click(_get(Button.class, spec -> spec.withId("overview-edit")));
        ClientEditor editor = _get(ClientEditor.class);
        userSets(editor.form.name, "Acme AG");
        _click(editor.save);
        selectTab("overview-sections", "tab-history");
        tab = _get(ClientHistoryTab.class);

        assertThat(GridKt._size(tab.grid)).isEqualTo(1);
        assertThat(column(tab, 0, "field")).isEqualTo(t("client.history.field.name"));
        assertThat(column(tab, 0, "old")).isEqualTo("Acme GmbH");
        assertThat(column(tab, 0, "new")).isEqualTo("Acme AG");
        assertThat(column(tab, 0, "who")).isEqualTo("Sam Staff");
    }

    @Test
    void booleans_and_empty_values_are_shown_in_words_and_unknown_fields_by_their_name() {
        Client edited = testData.reload(client);
        edited.setActive(false);
        edited.setEmail(null);
        testData.save(edited);
        login(TestData.MANAGER);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        selectTab("overview-sections", "tab-history");
        ClientHistoryTab tab = _get(ClientHistoryTab.class);

        assertThat(GridKt._size(tab.grid)).isEqualTo(2);
        for (int row = 0; row < 2; row++) {
            ClientChange change = GridKt._get(tab.grid, row);
            assertThat(column(tab, row, "who")).isEqualTo(t("client.history.system"));
            if (change.field().equals("active")) {
                assertThat(column(tab, row, "old")).isEqualTo(t("client.history.yes"));
                assertThat(column(tab, row, "new")).isEqualTo(t("client.history.no"));
            } else {
                assertThat(change.field()).isEqualTo("email");
                assertThat(column(tab, row, "new")).isEqualTo(t("client.history.none"));
            }
        }
        assertThat(tab.fieldLabel("billingAddress.city")).isEqualTo(t("client.history.field.billingAddress.city"));
        assertThat(tab.fieldLabel("aFieldAddedLater")).isEqualTo("aFieldAddedLater");
    }
}
