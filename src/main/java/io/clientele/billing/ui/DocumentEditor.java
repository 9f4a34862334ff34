package io.clientele.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.FormKeys;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.BillingDocument;
import io.clientele.billing.DocumentLine;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.ClientRow;
import io.clientele.client.ClientService;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/**
 * Creates or edits an invoice or a quote: client (for a new one), dates, lines and notes. Nothing is written until
 * every field is valid; a refused save keeps the dialog open with what the user typed and says why.
 *
 * @param <D> invoice or quote
 */
public class DocumentEditor<D extends BillingDocument> extends Dialog {

    /** What the editor needs from the document's service. */
    public interface Operations<D> {

        D newFor(long clientId);

        D save(D document);

        /** Issue 22: the name of the client's parent company, if it has one the caller may see. */
        default Optional<String> parentName(long clientId) {
            return Optional.empty();
        }
    }

    final ComboBox<ClientRow> client = new ComboBox<>();
    final DatePicker issueDate = new DatePicker();
    final DatePicker dueDate = new DatePicker();
    final TextArea notes = new TextArea();
    /** Issue 22: bill the subsidiary's parent company; offered when the client has one. */
    final Checkbox billToParent = new Checkbox();

    final LinesEditor lines = new LinesEditor();
    final Button save = new Button();

    private final Operations<D> operations;
    private final Consumer<D> onSaved;
    private @Nullable D document;
    /** Reads a stored document fresh; null for a new one. */
    private @Nullable LongFunction<D> loader;
    /** What the fields showed when the document was read: the base a save conflict is measured against. */
    private final FormMerge merge = new FormMerge();

    @Nullable
    ConflictDialog conflict;

    DocumentEditor(
            String title,
            Operations<D> operations,
            ClientService clients,
            @Nullable D existing,
            @Nullable Long fixedClientId,
            Consumer<D> onSaved) {
        this.operations = operations;
        this.onSaved = onSaved;
        setId("document-editor");
        setHeaderTitle(title);
        setWidth("min(64rem, 96vw)");
        setCloseOnOutsideClick(false);

        client.setId("document-client");
        client.setLabel(getTranslation("billing.field.client"));
        client.setItems(
                q -> clients
                        .list(ClientFilter.live(q.getFilter().orElse("")), PageRequest.of(q.getPage(), q.getPageSize()))
                        .stream());
        client.setItemLabelGenerator(ClientRow::name);
        client.setRequiredIndicatorVisible(true);
        client.setWidthFull();
        client.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                start(operations.newFor(e.getValue().id()));
            }
        });
        issueDate.setId("document-issue-date");
        issueDate.setLabel(getTranslation("billing.field.issue-date"));
        issueDate.setRequiredIndicatorVisible(true);
        dueDate.setId("document-due-date");
        dueDate.setLabel(getTranslation("billing.field.due-date"));
        notes.setId("document-notes");
        notes.setLabel(getTranslation("billing.field.notes"));
        Fields.limit(notes, BillingDocument.NOTES_MAX);

        FormLayout head = new FormLayout(client, issueDate, dueDate);
        head.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        billToParent.setId("document-bill-to-parent");
        billToParent.setVisible(false);
        add(head, billToParent, lines, notes);
        notes.setWidthFull();

        save.setId("document-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"));
        cancel.setId("document-cancel");
        getFooter().add(cancel, save);

        if (existing != null) {
            start(existing);
            client.setReadOnly(true);
        } else if (fixedClientId != null) {
            start(operations.newFor(fixedClientId));
            client.setReadOnly(true);
        } else {
            lines.setLines(List.of(), "EUR");
        }
        FormKeys.install(this, save, cancel, () -> document != null && merge.changed(parts()));
    }

    /** Shows a document (a new one for the chosen client, or a stored one). */
    private void start(D shown) {
        document = shown;
        var c = shown.getClientOrNull();
        if (c != null
                && c.getId() != null
                && (client.getValue() == null || client.getValue().id() != c.getId())) {
            client.setItems(List.of(new ClientRow(
                    c.getId(),
                    c.getType(),
                    c.getName(),
                    c.getEmail(),
                    c.getPhone(),
                    c.getLocation(),
                    c.getBillingAddress().getCountry(),
                    c.isActive(),
                    c.getCurrency(),
                    c.getAmountOwed(),
                    null)));
            client.setValue(client.getListDataView().getItem(0));
        }
        Optional<String> parent = c == null || c.getId() == null ? Optional.empty() : operations.parentName(c.getId());
        billToParent.setLabel(getTranslation("parent.billing.bill-to-parent", parent.orElse("")));
        billToParent.setVisible(parent.isPresent());
        billToParent.setValue(parent.isPresent() && shown.isBillToParent());
        issueDate.setValue(shown.getIssueDate());
        dueDate.setValue(shown.getDueDate());
        notes.setValue(shown.getNotes() == null ? "" : shown.getNotes());
        lines.setLines(shown.getLines().stream().map(DocumentLine::editableCopy).toList(), shown.getCurrency());
        merge.opened(parts());
    }

    /** The lines as one comparable value: equal when they print alike. */
    private record ShownLines(String text, List<DocumentLine> lines) {

        static ShownLines of(List<DocumentLine> all) {
            // The editor's blank starter row is no line.
            List<DocumentLine> lines = all.stream()
                    .filter(l ->
                            !l.getDescription().isBlank() || l.getUnitPrice().signum() != 0)
                    .toList();
            return new ShownLines(
                    lines.stream()
                            .map(l -> l.getDescription() + " × "
                                    + l.getQuantity().stripTrailingZeros().toPlainString() + " @ "
                                    + l.getUnitPrice().stripTrailingZeros().toPlainString() + " ("
                                    + l.getTaxRate().stripTrailingZeros().toPlainString() + " % "
                                    + l.getTaxCategory() + ", " + l.getUnitCode() + ", "
                                    + l.getExemptionReason() + ")")
                            .collect(Collectors.joining("; ")),
                    lines);
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof ShownLines other && other.text.equals(text);
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return text.isEmpty() ? "—" : text;
        }
    }

    /** The edited parts of the form, for merging with a version someone else saved meanwhile. */
    private List<FormMerge.Part> parts() {
        return List.of(
                new FormMerge.Part(
                        issueDate.getLabel(),
                        issueDate::getValue,
                        v -> issueDate.setValue((LocalDate) v),
                        FormMerge::text),
                new FormMerge.Part(
                        dueDate.getLabel(), dueDate::getValue, v -> dueDate.setValue((LocalDate) v), FormMerge::text),
                new FormMerge.Part(
                        notes.getLabel(),
                        notes::getValue,
                        v -> notes.setValue(v == null ? "" : (String) v),
                        FormMerge::text),
                new FormMerge.Part(
                        getTranslation("conflict.lines"),
                        () -> ShownLines.of(lines.currentLines()),
                        v -> lines.setLines(((ShownLines) Objects.requireNonNull(v)).lines(), lines.currency()),
                        FormMerge::text));
    }

    /** The same parts of a stored document. */
    private List<FormMerge.Part> parts(D stored) {
        String notesLabel = notes.getLabel();
        return List.of(
                new FormMerge.Part(issueDate.getLabel(), stored::getIssueDate, v -> {}, FormMerge::text),
                new FormMerge.Part(dueDate.getLabel(), stored::getDueDate, v -> {}, FormMerge::text),
                new FormMerge.Part(
                        notesLabel, () -> stored.getNotes() == null ? "" : stored.getNotes(), v -> {}, FormMerge::text),
                new FormMerge.Part(
                        getTranslation("conflict.lines"),
                        () -> ShownLines.of(stored.getLines()),
                        v -> {},
                        FormMerge::text));
    }

    /**
     * Someone saved the document since it was read: keep their changes to parts the user did not touch and save on
     * top of theirs, or ask about the parts both changed (see {@link FormMerge}).
     */
    private void showConflict(long id) {
        D stored;
        try {
            stored = Objects.requireNonNull(loader).apply(id);
        } catch (DocumentNotFoundException | ClientNotFoundException e) {
            Notifications.error(getTranslation("billing.gone"));
            return;
        }
        conflict = merge.resolve(
                parts(),
                parts(stored),
                () -> {
                    document = stored;
                    save();
                },
                () -> start(stored));
    }

    private void save() {
        D current = document;
        if (current == null) {
            client.setInvalid(true);
            client.setErrorMessage(getTranslation("billing.client.required"));
            return;
        }
        Optional<List<DocumentLine>> valid = lines.validLines();
        boolean datesOk = checkDates();
        if (valid.isEmpty() || !datesOk) {
            Notifications.error(getTranslation("form.invalid"));
            return;
        }
        current.setIssueDate(issueDate.getValue());
        current.setDueDate(dueDate.getValue());
        current.setNotes(notes.getValue().isBlank() ? null : notes.getValue());
        current.setBillToParent(billToParent.isVisible() && billToParent.getValue());
        current.setLines(valid.get());
        try {
            D saved = operations.save(current);
            close();
            Notifications.success(getTranslation("billing.saved", saved.getNumber()));
            onSaved.accept(saved);
        } catch (RuleViolationException e) {
            String message = getTranslation(e.getMessageKey(), e.getArguments());
            DatePicker field = switch (e.getMessageKey()) {
                case "billing.issue-date.window" -> issueDate;
                case "billing.due-date.window" -> dueDate;
                default -> null;
            };
            if (field == null) {
                Notifications.error(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        } catch (OptimisticLockingFailureException e) {
            if (loader != null && current.getId() != null) {
                showConflict(current.getId());
            } else {
                Notifications.error(getTranslation("billing.conflict"));
            }
        } catch (DocumentNotFoundException | ClientNotFoundException e) {
            Notifications.error(getTranslation("billing.gone"));
        }
    }

    private boolean checkDates() {
        LocalDate issue = issueDate.getValue();
        LocalDate due = dueDate.getValue();
        boolean issueOk = issue != null;
        issueDate.setInvalid(!issueOk);
        issueDate.setErrorMessage(issueOk ? null : getTranslation("billing.issue-date.required"));
        boolean dueOk = due == null || issue == null || !due.isBefore(issue);
        dueDate.setInvalid(!dueOk);
        dueDate.setErrorMessage(dueOk ? null : getTranslation("billing.due-before-issue"));
        return issueOk && dueOk;
    }

    /** Opens the editor for a new document, for a chosen client or one picked in the dialog. */
    static <D extends BillingDocument> DocumentEditor<D> openNew(
            String title,
            Operations<D> operations,
            ClientService clients,
            @Nullable Long clientId,
            Consumer<D> onSaved) {
        DocumentEditor<D> editor = new DocumentEditor<>(title, operations, clients, null, clientId, onSaved);
        editor.open();
        return editor;
    }

    /** Opens the editor for a stored document, read fresh. */
    static <D extends BillingDocument> DocumentEditor<D> openExisting(
            String title,
            Operations<D> operations,
            ClientService clients,
            LongFunction<D> loader,
            long id,
            Consumer<D> onSaved) {
        DocumentEditor<D> editor = new DocumentEditor<>(title, operations, clients, loader.apply(id), null, onSaved);
        editor.loader = loader;
        editor.open();
        return editor;
    }
}
