package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.clientele.client.Client;
import io.clientele.client.ClientRow;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import io.clientele.support.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class MergeClientDialogTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestDocuments documents;

    Client keep;
    Client duplicate;

    @BeforeEach
    void twoDuplicates() {
        keep = testData.company("Acme GmbH", "office@acme.example");
        duplicate = testData.company("Acme Duplicate", "info@acme.example");
        testData.contact(duplicate, "Mark", "Merged");
    }

    private ClientListView list() {
        login(TestData.STAFF);
        return navigate("clients", ClientListView.class);
    }

    private static int row(ClientListView view, String name) {
        for (int i = 0; i < _size(view.grid); i++) {
            if (_get(view.grid, i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no row " + name);
    }

    /** Picks the other client by the label the user reads in the lazy combo box. */
    private static void pick(MergeClientDialog dialog, String label) {
        List<String> labels = ComboBoxKt.getSuggestions(dialog.other);
        assertThat(labels).contains(label).doesNotContain(dialog.getHeaderTitle());
        userSets(dialog.other, ComboBoxKt.getSuggestionItems(dialog.other).get(labels.indexOf(label)));
    }

    @Test
    void picking_a_duplicate_choosing_fields_and_merging_moves_everything_to_the_survivor() {
        ClientListView view = list();
        ClientRow dup = _get(view.grid, row(view, "Acme Duplicate"));
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-merge", dup);
        MergeClientDialog dialog = _get(MergeClientDialog.class);

        pick(dialog, "Acme GmbH (office@acme.example)");

        assertThat(dialog.survivor.getValue()).isEqualTo(keep.getId());
        assertThat(dialog.choices).containsKeys("name", "email");
        assertThat(dialog.moving.getText()).contains(t("client.delete.with.contacts", 1));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> email = _get(RadioButtonGroup.class, spec -> spec.withId("merge-field-email"));
        userSets(email, true);
        _click(dialog.merge);

        assertThat(notificationTexts())
                .anyMatch(n -> n.startsWith(
                        t("client.merge.done", "Acme Duplicate", "Acme GmbH", t("client.delete.with.contacts", 1))));
        assertThat(jdbc.queryForObject("select email from clients where id = ?", String.class, keep.getId()))
                .isEqualTo("info@acme.example");
        assertThat(jdbc.queryForObject("select name from clients where id = ?", String.class, keep.getId()))
                .isEqualTo("Acme GmbH");
        assertThat(jdbc.queryForObject("select count(*) from contacts where client_id = ?", Long.class, keep.getId()))
                .isEqualTo(1);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Acme GmbH");
    }

    @Test
    void two_selected_clients_merge_the_other_way_round_when_the_user_picks_the_survivor() {
        ClientListView view = list();
        view.grid.select(_get(view.grid, row(view, "Acme GmbH")));
        view.grid.select(_get(view.grid, row(view, "Acme Duplicate")));
        _click(view.mergeSelected);
        MergeClientDialog dialog = _get(MergeClientDialog.class);

        userSets(dialog.survivor, duplicate.getId());
        _click(dialog.merge);

        assertThat(jdbc.queryForObject(
                        "select count(*) from clients where id = ? and trashed_at is not null",
                        Long.class,
                        keep.getId()))
                .isEqualTo(1);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_get(view.grid, 0).name()).isEqualTo("Acme Duplicate");
    }

    @Test
    void documents_in_different_currencies_are_refused_before_the_user_clicks() {
        Client usd = testData.reload(duplicate);
        usd.setCurrency("USD");
        testData.save(usd);
        documents.invoice(duplicate, "Work|1|100|0");
        documents.invoice(keep, "Work|1|100|0");
        ClientListView view = list();
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-merge", _get(view.grid, row(view, "Acme Duplicate")));
        MergeClientDialog dialog = _get(MergeClientDialog.class);

        pick(dialog, "Acme GmbH (office@acme.example)");

        assertThat(dialog.problem.isVisible()).isTrue();
        assertThat(dialog.problem.getText()).isEqualTo(t("client.merge.currency-conflict.short"));
        assertThat(dialog.merge.isEnabled()).isFalse();
    }

    @Test
    void merging_on_the_overview_of_the_duplicate_shows_the_survivor_afterwards() {
        login(TestData.STAFF);
        navigate("clients/" + duplicate.getId(), ClientOverviewView.class);
        ContextMenuKt._clickItemWithID(_get(MenuBar.class, spec -> spec.withId("overview-options")), "option-merge");
        MergeClientDialog dialog = _get(MergeClientDialog.class);
        pick(dialog, "Acme GmbH (office@acme.example)");

        _click(dialog.merge);

        assertThat(notificationTexts())
                .anyMatch(n -> n.startsWith(
                        t("client.merge.done", "Acme Duplicate", "Acme GmbH", t("client.delete.with.contacts", 1))));
        assertThat(_get(H2.class, spec -> spec.withId("overview-name")).getText())
                .isEqualTo("Acme GmbH");
    }
}
