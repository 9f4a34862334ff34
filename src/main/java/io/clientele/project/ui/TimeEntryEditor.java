package io.clientele.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.project.ProjectNotFoundException;
import io.clientele.project.ProjectService;
import io.clientele.project.TimeEntry;
import io.clientele.project.TimeEntryNotFoundException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The time entry form in a dialog; stays open with what was typed when a save fails, and says why. */
public class TimeEntryEditor extends Dialog {

    final TimeEntryForm form;
    final Button save = new Button();
    final Button cancel = new Button();
    private final ProjectService projects;
    private final Consumer<TimeEntry> onSaved;

    TimeEntryEditor(
            ProjectEditors context,
            TimeEntry entry,
            @Nullable ProjectChoice project,
            @Nullable Long clientId,
            boolean projectLocked,
            Consumer<TimeEntry> onSaved) {
        this.projects = context.projects;
        this.onSaved = onSaved;
        setId("time-entry-editor");
        setHeaderTitle(getTranslation(entry.isNew() ? "project.time.editor.new" : "project.time.editor.edit"));
        setWidth("min(36rem, 95vw)");
        setCloseOnOutsideClick(false);
        form = new TimeEntryForm(context, clientId);
        form.read(entry, project, projectLocked);
        form.addSaveListener(e -> save(e.getEntry()));
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("time-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!form.writeIfValid()) {
                Notifications.error(getTranslation("form.invalid"));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("time-cancel");
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void save(TimeEntry entry) {
        try {
            TimeEntry saved = projects.saveTimeEntry(entry);
            close();
            Notifications.success(getTranslation("project.time.saved"));
            onSaved.accept(saved);
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("project.time.save.conflict"));
        } catch (ProjectNotFoundException | TimeEntryNotFoundException e) {
            Notifications.error(getTranslation("project.time.save.gone"));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
