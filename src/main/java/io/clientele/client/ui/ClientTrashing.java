package io.clientele.client.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientService;
import java.util.List;
import java.util.Set;

/** Trash with a confirmation that names the count, then an Undo in the notification. */
final class ClientTrashing {

    private final ClientService clients;
    private final Runnable afterChange;

    ClientTrashing(ClientService clients, Runnable afterChange) {
        this.clients = clients;
        this.afterChange = afterChange;
    }

    void confirmTrash(Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-trash");
        confirm.setHeader(ui.getTranslation("client.trash.confirm.title"));
        confirm.setText(ui.getTranslation("client.trash.confirm.text", ids.size()));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("client.trash.confirm.button", ids.size()));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> trash(List.copyOf(ids)));
        confirm.open();
    }

    private void trash(List<Long> ids) {
        List<Long> trashed = clients.trash(ids);
        afterChange.run();
        Notifications.withAction(
                Notifications.t("client.trash.done", trashed.size()), Notifications.t("action.undo"), () -> {
                    int restored = clients.restore(trashed);
                    afterChange.run();
                    Notifications.success(Notifications.t("client.trash.undone", restored));
                });
    }
}
