package io.clientele.billing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Notifications;
import io.clientele.billing.DocumentMailService;
import io.clientele.billing.DocumentNotFoundException;
import io.clientele.billing.DocumentType;
import io.clientele.billing.InvoiceService;
import io.clientele.billing.MailDraft;
import io.clientele.billing.MailRequest;
import io.clientele.billing.PublicLinks;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Getting a document to the client, for the billing views to call from a row or an editor: "Email invoice/quote"
 * and the invoice's public link. Opens the dialogs, calls the services, and tells the user what happened in their
 * language.
 */
@Component
public class DocumentMailActions {

    private final DocumentMailService mail;
    private final InvoiceService invoices;
    private final PublicLinks links;

    DocumentMailActions(DocumentMailService mail, InvoiceService invoices, PublicLinks links) {
        this.mail = mail;
        this.invoices = invoices;
        this.links = links;
    }

    /**
     * Opens the e-mail dialog for an invoice or quote, pre-filled from the client's contacts. After a successful
     * send the document is Sent and {@code afterSent} runs (to refresh a list, say); nothing runs if it is cancelled.
     */
    public void openSendDialog(DocumentType type, long documentId, Runnable afterSent) {
        MailDraft draft;
        try {
            draft = mail.draft(type, documentId);
        } catch (RuntimeException e) {
            report(e);
            return;
        }
        SendMailDialog dialog = new SendMailDialog(draft);
        dialog.addSendListener(e -> send(dialog, e.request(), afterSent));
        dialog.open();
    }

    /** Opens the public link dialog of an invoice, creating its link if it has none yet. */
    public void openPublicLinkDialog(long invoiceId) {
        String number;
        String url;
        try {
            number = invoices.get(invoiceId).getNumber();
            url = links.invoiceUrl(invoices.publicToken(invoiceId));
        } catch (RuntimeException e) {
            report(e);
            return;
        }
        PublicLinkDialog dialog = new PublicLinkDialog(number);
        LinkState state = new LinkState(url);
        dialog.show(url);
        dialog.copy.addClickListener(e -> copy(state.url));
        dialog.regenerate.addClickListener(e -> {
            if (state.url == null) {
                change(
                        dialog,
                        state,
                        () -> links.invoiceUrl(invoices.regeneratePublicToken(invoiceId)),
                        "billing.public.created");
            } else {
                confirm(
                        "confirm-public-link-regenerate",
                        t("billing.public.regenerate.confirm.title"),
                        t("billing.public.regenerate.confirm.text"),
                        t("billing.public.regenerate"),
                        () -> change(
                                dialog,
                                state,
                                () -> links.invoiceUrl(invoices.regeneratePublicToken(invoiceId)),
                                "billing.public.regenerated"));
            }
        });
        dialog.revoke.addClickListener(e -> confirm(
                "confirm-public-link-revoke",
                t("billing.public.revoke.confirm.title"),
                t("billing.public.revoke.confirm.text"),
                t("billing.public.revoke"),
                () -> change(
                        dialog,
                        state,
                        () -> {
                            invoices.revokePublicToken(invoiceId);
                            return null;
                        },
                        "billing.public.revoked")));
        dialog.open();
    }

    private void send(SendMailDialog dialog, MailRequest request, Runnable afterSent) {
        MailDraft draft = dialog.draft();
        try {
            mail.send(draft.type(), draft.documentId(), request);
        } catch (RuntimeException e) {
            dialog.sendFailed();
            report(e);
            return;
        }
        dialog.close();
        String recipients = Stream.of(request.to(), request.cc(), request.bcc())
                .flatMap(List::stream)
                .collect(Collectors.joining(", "));
        Notifications.success(t(
                switch (draft.type()) {
                    case INVOICE -> "billing.mail.sent.invoice";
                    case QUOTE -> "billing.mail.sent.quote";
                    case CREDIT_NOTE -> "billing.mail.sent.credit-note";
                },
                draft.number(),
                recipients));
        afterSent.run();
    }

    private static void change(PublicLinkDialog dialog, LinkState state, LinkChange change, String doneKey) {
        try {
            state.url = change.apply();
        } catch (RuntimeException e) {
            report(e);
            return;
        }
        dialog.show(state.url);
        Notifications.success(t(doneKey));
    }

    private static void copy(@Nullable String url) {
        if (url == null) {
            return;
        }
        // The clipboard API answers asynchronously and may refuse (no secure context): say so only when it worked.
        UI.getCurrent()
                .getPage()
                .executeJs("return navigator.clipboard.writeText($0)", url)
                .then(
                        ok -> Notifications.success(t("billing.public.copied")),
                        error -> Notifications.error(t("billing.public.copy-failed")));
    }

    private static void confirm(String id, String header, String text, String confirmText, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId(id);
        confirm.setHeader(header);
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(t("action.cancel"));
        confirm.setConfirmText(confirmText);
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> action.run());
        confirm.open();
    }

    /** Tells the user why an action failed; anything unexpected is not swallowed. */
    private static void report(RuntimeException e) {
        switch (e) {
            case RuleViolationException rule -> Notifications.error(t(rule.getMessageKey(), rule.getArguments()));
            case DocumentNotFoundException gone -> Notifications.error(t("billing.mail.document-gone"));
            default -> throw e;
        }
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** The link the dialog shows now; null once revoked. */
    private static final class LinkState {
        @Nullable
        String url;

        LinkState(@Nullable String url) {
            this.url = url;
        }
    }

    @FunctionalInterface
    private interface LinkChange {
        @Nullable
        String apply();
    }
}
