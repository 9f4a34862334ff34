package io.clientele.project.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.project.ProjectNotFoundException;
import io.clientele.project.ProjectService;

/**
 * Deleting a project after a confirmation that names how much logged time goes with it: the time entries cannot be
 * brought back.
 */
final class ProjectDeletion {

    private ProjectDeletion() {}

    static ConfirmDialog confirm(ProjectService projects, long id, String name, Runnable afterDelete) {
        UI ui = UI.getCurrent();
        long entries = projects.timeEntryCount(id);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-delete-project");
        confirm.setHeader(ui.getTranslation("project.delete.confirm.title"));
        confirm.setText(ui.getTranslation("project.delete.confirm.text", name, entries));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("project.delete.confirm.button"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            try {
                long deleted = projects.delete(id);
                Notifications.success(ui.getTranslation("project.deleted", name, deleted));
            } catch (ProjectNotFoundException ex) {
                Notifications.error(ui.getTranslation("project.save.gone"));
            }
            afterDelete.run();
        });
        confirm.open();
        return confirm;
    }
}
