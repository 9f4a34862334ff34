package io.clientele.client.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Downloads;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientService;
import io.clientele.client.PersonalDataService;
import java.util.List;

/**
 * The dialogs of the client's data on request (GDPR): the export's download, and the anonymisation's confirmation
 * that names the invoices staying open.
 */
final class PersonalDataDialogs {

    static final String ZIP = "application/zip";

    private PersonalDataDialogs() {}

    /** The export is produced when the link is clicked, in that request, not when the dialog opens. */
    static Dialog exportDialog(PersonalDataService personalData, long clientId) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setId("personal-data-export");
        dialog.setHeaderTitle(ui.getTranslation("gdpr.export.title"));
        dialog.add(new Paragraph(ui.getTranslation("gdpr.export.text")));
        Anchor link = Downloads.link(
                ui.getTranslation("gdpr.export.download"),
                "personal-data-" + clientId + ".zip",
                ZIP,
                () -> personalData.export(clientId));
        link.setId("personal-data-download");
        dialog.add(link);
        dialog.getFooter().add(new Button(ui.getTranslation("action.close"), e -> dialog.close()));
        return dialog;
    }

    static ConfirmDialog anonymiseDialog(
            PersonalDataService personalData, ClientService clients, long clientId, Runnable afterChange) {
        UI ui = UI.getCurrent();
        String name = clients.get(clientId).getName();
        List<String> open = personalData.openDocuments(clientId);
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-anonymise");
        confirm.setHeader(ui.getTranslation("gdpr.anonymise.title", name));
        String text = ui.getTranslation("gdpr.anonymise.text", name);
        if (!open.isEmpty()) {
            text += " " + ui.getTranslation("gdpr.anonymise.open-invoices", open.size(), String.join(", ", open));
        }
        confirm.setText(text);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("gdpr.anonymise.button"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            personalData.anonymise(clientId);
            Notifications.success(ui.getTranslation("gdpr.anonymise.done"));
            afterChange.run();
        });
        return confirm;
    }
}
