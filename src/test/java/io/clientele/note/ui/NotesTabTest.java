package io.clientele.note.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.client.Client;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.note.NoteRow;
import io.clientele.note.NoteService;
import io.clientele.support.KaribuTest;
import io.clientele.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Notes tab as its users meet it: writing, editing their own, deleting, and what others may not do. */
class NotesTabTest extends KaribuTest {

    @Autowired
    NoteService notes;

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Acme GmbH", "acme@example.com");
        testData.staffAccount("otto", "Otto Other");
    }

    private NotesTab open(String user) {
        login(user);
        navigate("clients/" + client.getId(), ClientOverviewView.class);
        TabSheet tabs = _get(TabSheet.class, spec -> spec.withId("overview-sections"));
        for (int i = 0; i < 20; i++) {
            if (tabs.getTabAt(i).getId().orElse("").equals("tab-notes")) {
                tabs.setSelectedIndex(i);
                return _get(NotesTab.class);
            }
        }
        throw new AssertionError("no notes tab");
    }

    private static Div card(NotesTab tab, int row) {
        return cell(tab.grid, row, "note", Div.class);
    }

    private static NoteRow row(NotesTab tab, int row) {
        return GridKt._get(tab.grid, row);
    }

    private void write(NotesTab tab, String text) {
        userSets(tab.text, text);
        _click(tab.add);
    }

    @Test
    void a_staff_member_writes_a_note_and_sees_it_on_top_with_name_and_time() {
        NotesTab tab = open(TestData.STAFF);
        write(tab, "First call");
        write(tab, "Sent the quote");

        assertThat(notificationTexts()).contains(t("client.notes.added"));
        assertThat(tab.text.getValue()).isEmpty();
        assertThat(GridKt._size(tab.grid)).isEqualTo(2);
        assertThat(row(tab, 0).body()).isEqualTo("Sent the quote");
        assertThat(card(tab, 0).getElement().getTextRecursively()).contains("Sam Staff", "Sent the quote");
    }

    @Test
    void an_empty_note_is_refused_with_a_message_and_nothing_is_saved() {
        NotesTab tab = open(TestData.STAFF);
        write(tab, "   ");

        assertThat(notificationTexts()).contains(t("client.notes.body.required"));
        assertThat(GridKt._size(tab.grid)).isZero();
    }

    @Test
    void the_author_edits_a_note_in_a_dialog() {
        NotesTab tab = open(TestData.STAFF);
        write(tab, "Draft");
        long id = row(tab, 0).id();

        _click(_get(card(tab, 0), Button.class, spec -> spec.withId("note-edit-" + id)));
        userSets(_get(TextArea.class, spec -> spec.withId("note-edit-text")), "Final text");
        _click(_get(Button.class, spec -> spec.withId("note-edit-save")));

        assertThat(row(tab, 0).body()).isEqualTo("Final text");
        assertThat(row(tab, 0).editedAt()).isNotNull();
        assertThat(card(tab, 0).getElement().getTextRecursively()).contains("Final text");
    }

    @Test
    void others_get_no_edit_or_delete_and_an_administrator_may_delete_after_confirming() {
        NotesTab tab = open(TestData.STAFF);
        write(tab, "Mine");
        long id = row(tab, 0).id();

        tab = open("otto");
        assertThat(_find(card(tab, 0), Button.class)).isEmpty();

        tab = open(TestData.ADMIN);
        assertThat(_find(card(tab, 0), Button.class, spec -> spec.withId("note-edit-" + id)))
                .isEmpty();
        _click(_get(card(tab, 0), Button.class, spec -> spec.withId("note-delete-" + id)));
        confirm(_get(ConfirmDialog.class, spec -> spec.withId("confirm-note-delete")));

        assertThat(GridKt._size(tab.grid)).isZero();
    }

    @Test
    void a_manager_reads_the_timeline_but_has_nothing_to_write_with() {
        NotesTab tab = open(TestData.STAFF);
        write(tab, "For the managers");

        tab = open(TestData.MANAGER);

        assertThat(tab.text.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(row(tab, 0).body()).isEqualTo("For the managers");
        assertThat(_find(card(tab, 0), Button.class)).isEmpty();
    }

    @Test
    void a_note_edited_in_two_windows_shows_both_texts_and_keeps_the_chosen_one() {
        NotesTab tab = open(TestData.STAFF);
        write(tab, "Draft");
        long id = row(tab, 0).id();
        _click(_get(card(tab, 0), Button.class, spec -> spec.withId("note-edit-" + id)));
        // The same author saves another text from a second window.
        long version = row(tab, 0).version();
        notes.edit(id, version, "From the other window");

        userSets(_get(TextArea.class, spec -> spec.withId("note-edit-text")), "From this window");
        _click(_get(Button.class, spec -> spec.withId("note-edit-save")));

        var dialog = _get(ConflictDialog.class);
        assertThat(GridKt._findAll(dialog.grid))
                .extracting(c -> c.base() + "|" + c.theirs() + "|" + c.yours())
                .containsExactly("Draft|From the other window|From this window");
        _click(dialog.reapply);
        assertThat(row(tab, 0).body()).isEqualTo("From this window");
    }
}
