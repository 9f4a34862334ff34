package io.clientele.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** How the app asks before doing something that cannot be taken back. */
public final class Confirmations {

    /**
     * Marks the confirm button as destructive and puts the keyboard focus on Cancel when the dialog opens, so an
     * Enter pressed out of habit cancels instead of deleting.
     *
     * <p>The confirm dialog web component focuses its confirm button when its overlay announces it is open (the
     * "vaadin-overlay-open" event, dispatched on the overlay and then on the document body). A one-time listener on
     * the body runs after that and moves the focus to Cancel.
     */
    public static ConfirmDialog destructive(ConfirmDialog dialog) {
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.addAttachListener(e -> dialog.getElement().executeJs(FOCUS_CANCEL));
        return dialog;
    }

    /**
     * Arms, for every opening of this dialog, a one-time listener that moves the focus to Cancel once the overlay
     * is open. Armed at once too when the dialog is already opening as the script arrives.
     */
    public static final String FOCUS_CANCEL = "const dialog = this;"
            + "const arm = () => document.body.addEventListener('vaadin-overlay-open', () => {"
            + " if (dialog.opened && dialog._cancelButton) { dialog._cancelButton.focus(); }"
            + "}, { once: true });"
            + "if (!dialog.__focusCancelArmed) {"
            + " dialog.__focusCancelArmed = true;"
            + " dialog.addEventListener('opened-changed', e => { if (e.detail.value) { arm(); } });"
            + " if (dialog.opened) { arm(); }"
            + "}";

    private Confirmations() {}
}
