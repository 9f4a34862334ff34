package io.clientele.dunning.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.SubMenu;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentRow;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.ui.InvoiceAction;
import io.clientele.dunning.DunningService;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** "Send reminder now" and "Reminders…" (the invoice's reminder log) in an issued invoice's row menu. */
@Component
class ReminderInvoiceActions implements InvoiceAction {

    private final DunningService dunning;

    ReminderInvoiceActions(DunningService dunning) {
        this.dunning = dunning;
    }

    @Override
    public void addItems(SubMenu menu, DocumentRow row, boolean canEdit, Runnable afterChange) {
        if (canEdit
                && InvoiceService.OPEN_STATUSES.contains(row.status())
                && row.balance().signum() > 0) {
            menu.addItem(Notifications.t("dunning.action.send-now"), e -> confirmSend(row, afterChange))
                    .setId("option-send-reminder");
        }
        menu.addItem(
                        Notifications.t("dunning.action.log"),
                        e -> run(
                                () -> new ReminderLogDialog(row, dunning.log(row.id(), ReminderLogDialog.PAGE)).open()))
                .setId("option-reminder-log");
    }

    private void confirmSend(DocumentRow row, Runnable afterChange) {
        // One key per confirmation: a double click or a repeated request sends one e-mail.
        String key = "manual-" + UUID.randomUUID();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-send-reminder");
        confirm.setHeader(Notifications.t("dunning.send-now.title", row.number()));
        confirm.setText(Notifications.t("dunning.send-now.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(Notifications.t("action.cancel"));
        confirm.setConfirmText(Notifications.t("dunning.action.send"));
        confirm.addConfirmListener(e -> run(() -> {
            dunning.sendNow(row.id(), key);
            Notifications.success(Notifications.t("dunning.send-now.sent", row.number()));
            afterChange.run();
        }));
        confirm.open();
    }

    private static void run(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            Notifications.error(Notifications.t(e.getMessageKey(), e.getArguments()));
        } catch (DocumentNotFoundException e) {
            Notifications.error(Notifications.t("billing.gone"));
        }
    }
}
