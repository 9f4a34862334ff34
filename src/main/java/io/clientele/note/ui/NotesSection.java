package io.clientele.note.ui;

import io.clientele.client.ui.ClientSection;
import io.clientele.note.NoteService;
import org.springframework.stereotype.Component;

/** Contributes the Notes tab (a timeline of notes with author and time) to the client overview. */
@Component
class NotesSection implements ClientSection {

    private final NoteService notes;

    NotesSection(NoteService notes) {
        this.notes = notes;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "client.notes.title";
    }

    @Override
    public String id() {
        return "notes";
    }

    @Override
    public com.vaadin.flow.component.Component create(long clientId, ClientContext context) {
        return new NotesTab(notes, clientId, context.canEdit());
    }
}
