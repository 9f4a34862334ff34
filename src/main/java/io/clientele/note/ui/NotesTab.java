package io.clientele.note.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PagedGrid;
import io.clientele.client.ClientNotFoundException;
import io.clientele.note.ClientNote;
import io.clientele.note.NoteRow;
import io.clientele.note.NoteService;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The Notes tab: a box to add a note, then the timeline, newest first, one page at a time. */
class NotesTab extends VerticalLayout {

    final TextArea text = new TextArea();
    final Button add = new Button();
    final Grid<NoteRow> grid = new Grid<>();
    private final PagedGrid<NoteRow> paged;
    private final NoteService notes;
    private final long clientId;
    private final DateTimeFormatter when;

    NotesTab(NoteService notes, long clientId, boolean canEdit) {
        this.notes = notes;
        this.clientId = clientId;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        addClassName("notes-tab");
        setPadding(false);

        text.setId("note-text");
        text.setPlaceholder(getTranslation("client.notes.placeholder"));
        Fields.limit(text, ClientNote.BODY_MAX);
        text.setWidthFull();
        add.setId("note-add");
        add.setText(getTranslation("client.notes.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(e -> addNote());
        HorizontalLayout composer = new HorizontalLayout(text, add);
        composer.setWidthFull();
        composer.setAlignItems(FlexComponent.Alignment.END);
        composer.expand(text);
        composer.setVisible(canEdit);

        grid.setId("note-grid");
        grid.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::card).setKey("note");
        grid.setEmptyStateText(getTranslation("client.notes.empty"));
        grid.setAllRowsVisible(true);
        paged = new PagedGrid<>(
                grid, PagedGrid.Source.of(page -> notes.page(clientId, page), () -> notes.count(clientId)));
        paged.setHeight(null);
        add(composer, paged);
        paged.refresh();
    }

    private Component card(NoteRow row) {
        Span author = new Span(row.authorName());
        author.addClassName("note-author");
        author.getStyle().set("font-weight", "600");
        String time = when.format(row.createdAt());
        if (row.editedAt() != null) {
            time = getTranslation("client.notes.edited", time, when.format(row.editedAt()));
        }
        Span at = new Span(time);
        at.addClassName("note-time");
        at.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout header = new HorizontalLayout(author, at);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (row.canEdit()) {
            Button edit = new Button(getTranslation("client.notes.edit"), e -> openEdit(row));
            edit.setId("note-edit-" + row.id());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            header.add(edit);
        }
        if (row.canDelete()) {
            Button delete = new Button(getTranslation("client.notes.delete"), e -> confirmDelete(row));
            delete.setId("note-delete-" + row.id());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            header.add(delete);
        }
        Paragraph body = new Paragraph(row.body());
        body.addClassName("note-body");
        body.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        Div card = new Div(header, body);
        card.addClassName("note-card");
        return card;
    }

    private void addNote() {
        if (run(() -> notes.add(clientId, text.getValue()))) {
            text.clear();
            Notifications.success(getTranslation("client.notes.added"));
            paged.filterChanged();
        }
    }

    private void openEdit(NoteRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("note-edit-dialog");
        dialog.setHeaderTitle(getTranslation("client.notes.edit.title"));
        TextArea area = new TextArea();
        area.setId("note-edit-text");
        Fields.limit(area, ClientNote.BODY_MAX);
        area.setWidth("min(40rem, 80vw)");
        area.setLabel(getTranslation("client.notes.edit.title"));
        area.setValue(row.body());
        // The version the next save names: the one read, or after a conflict the stored one.
        long[] version = {row.version()};
        FormMerge merge = new FormMerge();
        List<FormMerge.Part> parts = List.of(new FormMerge.Part(
                area.getLabel(), area::getValue, v -> area.setValue(v == null ? "" : (String) v), FormMerge::text));
        merge.opened(parts);
        Button save = new Button(getTranslation("client.notes.save"));
        save.addClickListener(e -> saveEdit(row.id(), version, area, merge, parts, dialog));
        save.setId("note-edit-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(area);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /**
     * Saves an edited note; when someone saved it meanwhile (the author in another window), merges with their text
     * (see {@link FormMerge}): an unchanged text takes theirs, two different texts are shown side by side.
     */
    private void saveEdit(
            long noteId, long[] version, TextArea area, FormMerge merge, List<FormMerge.Part> parts, Dialog dialog) {
        try {
            notes.edit(noteId, version[0], area.getValue());
            dialog.close();
            paged.refresh();
            return;
        } catch (OptimisticLockingFailureException e) {
            ClientNote stored;
            try {
                stored = notes.get(noteId);
            } catch (RuntimeException gone) {
                run(() -> {
                    throw gone;
                });
                return;
            }
            version[0] = stored.getVersion();
            String theirs = stored.getBody();
            conflict = merge.resolve(
                    parts,
                    List.of(new FormMerge.Part(parts.getFirst().label(), () -> theirs, v -> {}, FormMerge::text)),
                    () -> saveEdit(noteId, version, area, merge, parts, dialog),
                    () -> area.setValue(theirs));
        } catch (RuntimeException e) {
            // A failed save keeps the dialog and the typed text open.
            run(() -> {
                throw e;
            });
        }
    }

    @Nullable
    ConflictDialog conflict;

    private void confirmDelete(NoteRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-note-delete");
        confirm.setHeader(getTranslation("client.notes.delete.title"));
        confirm.setText(getTranslation("client.notes.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("client.notes.delete"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            if (run(() -> notes.delete(row.id()))) {
                paged.refresh();
            }
        });
        confirm.open();
    }

    /** Runs a change and tells the user why it failed; true when it went through. */
    private boolean run(Runnable change) {
        try {
            change.run();
            return true;
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("client.notes.conflict"));
            paged.refresh();
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("client.notes.denied"));
        } catch (ClientNotFoundException e) {
            Notifications.error(getTranslation("client.notes.client-gone"));
        }
        return false;
    }
}
