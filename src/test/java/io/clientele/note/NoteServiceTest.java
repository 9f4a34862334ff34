package io.clientele.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clientele.base.domain.RuleViolationException;
import io.clientele.client.Client;
import io.clientele.client.ClientNotFoundException;
import io.clientele.support.SpringTest;
import io.clientele.support.TestData;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Notes: everyone who sees the client reads them, only the author edits, the author or an ADMIN deletes. */
class NoteServiceTest extends SpringTest {

    static final String OTHER = "otto";

    @Autowired
    NoteService notes;

    private Client client;

    @BeforeEach
    void setUp() {
        client = testData.company("Acme GmbH", "acme@example.com");
        testData.staffAccount(OTHER, "Otto Other");
    }

    private List<NoteRow> timeline() {
        return notes.page(client.getId(), PageRequest.of(0, 25));
    }

    @Test
    void a_note_carries_its_author_and_time_and_the_timeline_shows_the_newest_first() {
        actAsAccount(TestData.STAFF);
        notes.add(client.getId(), "  First call: wants a quote.  ");
        notes.add(client.getId(), "Quote sent.");

        List<NoteRow> rows = timeline();

        assertThat(rows).extracting(NoteRow::body).containsExactly("Quote sent.", "First call: wants a quote.");
        assertThat(rows).extracting(NoteRow::authorName).containsOnly("Sam Staff");
        assertThat(rows.getFirst().createdAt()).isNotNull();
        assertThat(rows.getFirst().editedAt()).isNull();
        assertThat(rows)
                .allSatisfy(r -> assertThat(r.canEdit() && r.canDelete()).isTrue());
        assertThat(notes.count(client.getId())).isEqualTo(2);
    }

    @Test
    void the_author_edits_their_note_and_the_edit_is_dated() {
        actAsAccount(TestData.STAFF);
        ClientNote note = notes.add(client.getId(), "Draft");

        notes.edit(note.getId(), note.getVersion(), "Final");

        NoteRow row = timeline().getFirst();
        assertThat(row.body()).isEqualTo("Final");
        assertThat(row.editedAt()).isNotNull();
    }

    @Test
    void another_staff_member_may_neither_edit_nor_delete_someone_elses_note() {
        actAsAccount(TestData.STAFF);
        ClientNote note = notes.add(client.getId(), "Mine");
        actAsAccount(OTHER);

        assertThat(timeline().getFirst()).satisfies(r -> {
            assertThat(r.canEdit()).isFalse();
            assertThat(r.canDelete()).isFalse();
        });
        assertThatThrownBy(() -> notes.edit(note.getId(), note.getVersion(), "Theirs"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(note.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(timeline()).extracting(NoteRow::body).containsExactly("Mine");
    }

    @Test
    void an_administrator_may_delete_any_note_but_not_edit_it() {
        actAsAccount(TestData.STAFF);
        ClientNote note = notes.add(client.getId(), "Rude remark");
        actAsAccount(TestData.ADMIN);

        assertThat(timeline().getFirst()).satisfies(r -> {
            assertThat(r.canEdit()).isFalse();
            assertThat(r.canDelete()).isTrue();
        });
        assertThatThrownBy(() -> notes.edit(note.getId(), note.getVersion(), "Polite remark"))
                .isInstanceOf(AccessDeniedException.class);
        notes.delete(note.getId());
        assertThat(timeline()).isEmpty();
    }

    @Test
    void a_manager_reads_notes_but_writes_none() {
        actAsAccount(TestData.STAFF);
        ClientNote note = notes.add(client.getId(), "Visible to managers");
        actAsAccount(TestData.MANAGER);

        assertThat(timeline()).extracting(NoteRow::body).containsExactly("Visible to managers");
        assertThat(timeline().getFirst().canDelete()).isFalse();
        assertThatThrownBy(() -> notes.add(client.getId(), "No")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(note.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_edit_based_on_a_stale_version_is_refused_and_keeps_the_newer_text() {
        actAsAccount(TestData.STAFF);
        ClientNote note = notes.add(client.getId(), "v1");
        notes.edit(note.getId(), note.getVersion(), "v2");

        assertThatThrownBy(() -> notes.edit(note.getId(), note.getVersion(), "stale"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(timeline().getFirst().body()).isEqualTo("v2");
    }

    @Test
    void an_empty_or_overlong_note_is_refused_with_a_reason() {
        actAsAccount(TestData.STAFF);

        assertThatThrownBy(() -> notes.add(client.getId(), "   \n "))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.notes.body.required"));
        assertThatThrownBy(() -> notes.add(client.getId(), "x".repeat(ClientNote.BODY_MAX + 1)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("client.notes.body.too-long"));
        assertThat(notes.add(client.getId(), "x".repeat(ClientNote.BODY_MAX)).getBody())
                .hasSize(ClientNote.BODY_MAX);
    }

    @Test
    void a_staff_member_who_cannot_see_the_client_cannot_see_or_touch_its_notes() {
        actAsAccount(TestData.STAFF);
        ClientNote note = notes.add(client.getId(), "Secret");
        testData.restrictStaff();

        assertThatThrownBy(this::timeline).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> notes.add(client.getId(), "More")).isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> notes.edit(note.getId(), note.getVersion(), "Changed"))
                .isInstanceOf(ClientNotFoundException.class);
        assertThatThrownBy(() -> notes.delete(note.getId())).isInstanceOf(ClientNotFoundException.class);
    }
}
