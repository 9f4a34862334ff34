package io.clientele.client.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v23.MultiselectComboBoxUtilsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.internal.JacksonUtils;
import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import io.clientele.client.ClientTag;
import io.clientele.client.ClientTags;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Tags as a user meets them (issue 22): typed with completion in the form, the list's filter, batch changes. */
class ClientTagsUiTest extends KaribuTest {

    @Autowired
    ClientService clients;

    @Autowired
    ClientTags tags;

    private Client client(String name, String... tagNames) {
        Client c = testData.reload(testData.company(name, null));
        for (String t : tagNames) {
            c.getTags().add(new ClientTag(t));
        }
        return testData.save(c);
    }

    private List<String> tagsOf(Client c) {
        return SystemAuthentication.call(() -> clients.get(c.getId()).getTags().stream()
                .map(ClientTag::getName)
                .sorted()
                .toList());
    }

    private static List<String> names(ClientListView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < GridKt._size(view.grid); i++) {
            names.add(GridKt._get(view.grid, i).name());
        }
        return names;
    }

    /** Enter on typed text that is no suggestion, as the browser reports it. */
    private static <C extends ComboBoxBase<C, ?, ?>> void enter(C box, String text) {
        ComponentUtil.fireEvent(box, new ComboBoxBase.CustomValueSetEvent<C>(box, true, text));
    }

    @Test
    void typing_in_the_form_suggests_existing_tags_and_enter_creates_a_new_one_with_the_client() {
        client("Tag Source", "Newsletter");
        Client acme = client("Acme Tagging");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        int row = names(view).indexOf("Acme Tagging");
        ContextMenuKt._clickItemWithID(view.rowMenu(), "option-edit", GridKt._get(view.grid, row));
        ClientEditor editor = _get(ClientEditor.class);
        TagField field = editor.form.tags;

        MultiselectComboBoxUtilsKt.setUserInput(field, "news");
        assertThat(MultiselectComboBoxUtilsKt.getSuggestions(field)).containsExactly("Newsletter");
        Set<ClientTag> chosen = new HashSet<>(MultiselectComboBoxUtilsKt.getSuggestionItems(field));
        userSets(field, chosen);
        enter(field, "a,b");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(t("tag.name.comma"));
        enter(field, "  Gold  ");
        assertThat(field.getValue()).extracting(ClientTag::getName).containsExactlyInAnyOrder("Newsletter", "Gold");
        _click(editor.save);

        assertThat(tagsOf(acme)).containsExactly("Gold", "Newsletter");
        navigate(ClientOverviewView.href(acme.getId()), ClientOverviewView.class);
        assertThat(_get(Span.class, spec -> spec.withId("client-tag-badges"))
                        .getChildren()
                        .map(c -> ((Span) c).getText())
                        .toList())
                .containsExactly("Gold", "Newsletter");
    }

    @Test
    void the_list_filter_keeps_clients_with_any_chosen_tag_and_the_column_shows_their_tags() {
        client("Filter Alpha", "VIP");
        client("Filter Beta", "Newsletter");
        client("Filter Gamma");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);

        MultiselectComboBoxUtilsKt.setUserInput(view.tagFilter, "vi");
        userSets(view.tagFilter, new HashSet<>(MultiselectComboBoxUtilsKt.getSuggestionItems(view.tagFilter)));

        assertThat(names(view)).containsExactly("Filter Alpha");
        assertThat(GridKt._get(view.grid, 0).tags()).extracting(t -> t.name()).containsExactly("VIP");
        // What the column sends the browser for the row: each badge's name and colour class (a Map.of(...) per badge
        // went out as an empty object, and every badge was drawn blank).
        @SuppressWarnings("unchecked")
        LitRenderer<ClientRow> renderer =
                (LitRenderer<ClientRow>) view.grid.getColumnByKey("tags").getRenderer();
        ObjectNode sent = JacksonUtils.createObjectNode();
        renderer.render(view.grid.getElement(), view.grid.getDataCommunicator().getKeyMapper())
                .getDataGenerator()
                .orElseThrow()
                .generateData(GridKt._get(view.grid, 0), sent);
        JsonNode badges = sent.properties().stream()
                .filter(e -> e.getKey().endsWith("tags"))
                .findFirst()
                .orElseThrow()
                .getValue();
        assertThat(badges.size()).isEqualTo(1);
        assertThat(badges.get(0).get("name").asString()).isEqualTo("VIP");
        assertThat(badges.get(0).get("css").asString()).startsWith("tag-");
    }

    @Test
    void selected_rows_get_a_tag_added_and_removed_with_a_notification_of_how_many_changed() {
        Client a = client("Batch One", "VIP");
        Client b = client("Batch Two");
        login(TestData.STAFF);
        ClientListView view = navigate("clients", ClientListView.class);
        assertThat(view.addTag.isEnabled()).isFalse();
        view.grid.asMultiSelect().select(GridKt._get(view.grid, 0), GridKt._get(view.grid, 1));

        _click(view.addTag);
        TagBatchDialog dialog = _get(TagBatchDialog.class);
        enter(dialog.tag, "Gold");
        _click(dialog.apply);

        assertThat(notificationTexts()).anyMatch(text -> text.contains(t("tag.batch.added", 2, "Gold")));
        assertThat(tagsOf(a)).containsExactly("Gold", "VIP");
        assertThat(tagsOf(b)).containsExactly("Gold");

        view.grid.asMultiSelect().select(GridKt._get(view.grid, 0), GridKt._get(view.grid, 1));
        _click(view.removeTag);
        TagBatchDialog remove = _get(TagBatchDialog.class);
        ComboBox<ClientTag> box = remove.tag;
        userSets(box, SystemAuthentication.call(() -> tags.suggest("vip", 0, 1).getFirst()));
        _click(remove.apply);

        assertThat(notificationTexts()).anyMatch(text -> text.contains(t("tag.batch.removed", 1, "VIP")));
        assertThat(tagsOf(a)).containsExactly("Gold");
    }

    @Test
    void deleting_a_tag_in_the_manager_asks_with_the_count_of_clients() {
        Client a = client("Manage One", "Old");
        client("Manage Two", "Old");
        login(TestData.ADMIN);
        ClientListView view = navigate("clients", ClientListView.class);

        _click(view.manageTags);
        TagManagerDialog manager = _get(TagManagerDialog.class);
        manager.grid.select(GridKt._get(manager.grid, 0));
        _click(manager.delete);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("confirm-tag-delete"));
        assertThat(confirm.getElement().getProperty("message")).isEqualTo(t("tag.delete.text", 2));
        confirm(confirm);

        assertThat(tagsOf(a)).isEmpty();
        assertThat(GridKt._size(manager.grid)).isZero();
    }
}
