package io.clientele.client.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientService;
import io.clientele.client.TrashImpact;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
        confirm.setText(ui.getTranslation("client.trash.confirm.text", ids.size()) + impact(ui, ids));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("client.trash.confirm.button", ids.size()));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> trash(List.copyOf(ids)));
        confirm.open();
    }

    /** " They owe … and have … issued: …", or nothing when the clients owe nothing and have nothing issued. */
    private String impact(UI ui, Set<Long> ids) {
        TrashImpact impact = clients.trashImpact(ids);
        StringBuilder text = new StringBuilder();
        if (!impact.owed().isEmpty()) {
            String owed = impact.owed().entrySet().stream()
                    .map(e -> LocalizedFormat.money(e.getValue(), e.getKey(), ui.getLocale()))
                    .collect(Collectors.joining(", "));
            text.append(' ').append(ui.getTranslation("client.trash.confirm.owed", owed));
        }
        if (!impact.issued().isEmpty()) {
            String issued = impact.issued().entrySet().stream()
                    .map(e -> ui.getTranslation(e.getKey(), e.getValue()))
                    .collect(Collectors.joining(", "));
            text.append(' ').append(ui.getTranslation("client.trash.confirm.issued", issued));
        }
        return text.toString();
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
