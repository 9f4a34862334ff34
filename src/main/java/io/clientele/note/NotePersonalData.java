package io.clientele.note;

import io.clientele.client.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The notes on a client's timeline as personal data: exported with author and dates, anonymised to the placeholder
 * text. Notes belong to the client, not to one person: a single contact's request leaves them alone.
 */
@Component
class NotePersonalData implements PersonalData {

    private final ClientNoteRepository notes;

    NotePersonalData(ClientNoteRepository notes) {
        this.notes = notes;
    }

    @Override
    public String section() {
        return "notes";
    }

    @Override
    public @Nullable Object export(Subject subject) {
        if (!subject.wholeClient()) {
            return null;
        }
        return notes.findByClientIdOrderByIdAsc(subject.clientId()).stream()
                .map(n -> {
                    Map<String, @Nullable Object> row = new LinkedHashMap<>();
                    row.put("id", n.getId());
                    row.put("author", n.getAuthorName());
                    row.put("createdAt", n.getCreatedAt().toString());
                    row.put("editedAt", Objects.toString(n.getEditedAt(), null));
                    row.put("body", n.getBody());
                    return row;
                })
                .toList();
    }

    @Override
    public void anonymise(Subject subject) {
        if (subject.wholeClient()) {
            notes.anonymise(subject.clientId(), PLACEHOLDER);
        }
    }
}
