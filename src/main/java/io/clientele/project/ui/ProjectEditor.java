package io.clientele.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.FormKeys;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.project.Project;
import io.clientele.project.ProjectNotFoundException;
import io.clientele.project.ProjectService;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The project form in a dialog: creates or edits one project through {@link ProjectService}. On a failed save the
 * dialog stays open with everything the user typed, and says why.
 */
public class ProjectEditor extends Dialog {

    final ProjectForm form;
    final Button save = new Button();
    final Button cancel = new Button();
    private final ProjectService projects;
    private final Consumer<Project> onSaved;
    private final ProjectEditors context;
    private final @Nullable ClientChoice client;
    private final boolean clientLocked;
    private final FormMerge merge = new FormMerge();

    @Nullable
    ConflictDialog conflict;

    ProjectEditor(
            ProjectEditors context,
            Project project,
            @Nullable ClientChoice client,
            boolean clientLocked,
            Consumer<Project> onSaved) {
        this.projects = context.projects;
        this.onSaved = onSaved;
        this.context = context;
        this.client = client;
        this.clientLocked = clientLocked;
        setId("project-editor");
        setHeaderTitle(
                project.isNew()
                        ? getTranslation("project.editor.new")
                        : getTranslation("project.editor.edit", project.getName()));
        setWidth("min(48rem, 95vw)");
        setCloseOnOutsideClick(false);
        form = new ProjectForm(context);
        form.read(project, client, clientLocked);
        merge.opened(FormMerge.parts(form.binder()));
        form.addSaveListener(e -> save(e.getProject()));
        add(form);

        save.setText(getTranslation("action.save"));
        save.setId("project-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (!form.writeIfValid()) {
                Notifications.error(getTranslation("form.invalid"));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("project-cancel");
        getFooter().add(cancel, save);
        FormKeys.install(this, save, cancel, () -> merge.changed(FormMerge.parts(form.binder())));
    }

    private void save(Project project) {
        try {
            Project saved = projects.save(project);
            close();
            Notifications.success(getTranslation("project.saved", saved.getName()));
            onSaved.accept(saved);
        } catch (OptimisticLockingFailureException e) {
            showConflict(Objects.requireNonNull(project.getId()));
        } catch (ProjectNotFoundException e) {
            Notifications.error(getTranslation("project.save.gone"));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }

    /**
     * Someone saved the project since it was read: keep their changes to fields the user did not touch and save on
     * top of theirs, or ask about the fields both changed (see {@link FormMerge}).
     */
    private void showConflict(long id) {
        Project stored;
        try {
            stored = projects.get(id);
        } catch (ProjectNotFoundException e) {
            Notifications.error(getTranslation("project.save.gone"));
            return;
        }
        ProjectForm storedForm = new ProjectForm(context);
        storedForm.read(stored, client, clientLocked);
        conflict = merge.resolve(
                FormMerge.parts(form.binder()),
                FormMerge.parts(storedForm.binder()),
                () -> {
                    form.rebase(stored);
                    if (!form.writeIfValid()) {
                        Notifications.error(getTranslation("form.invalid"));
                    }
                },
                () -> form.read(stored, client, clientLocked));
    }
}
