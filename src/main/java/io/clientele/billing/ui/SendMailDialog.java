package io.clientele.billing.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.dataview.ComboBoxListDataView;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import io.clientele.base.mail.MailAddresses;
import io.clientele.base.ui.Fields;
import io.clientele.billing.DocumentMailService;
import io.clientele.billing.MailDraft;
import io.clientele.billing.MailRecipient;
import io.clientele.billing.MailRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * "Email invoice/quote": To, Cc and Bcc pre-filled from the draft, any other address of the client and its contacts
 * to pick, typed addresses accepted once they are valid, and the subject and body to edit. Fires a {@link SendEvent}
 * and leaves calling the service to its owner, which closes it on success.
 *
 * <p>The dialog's idempotency key is made once, when it opens: pressing Send twice, or a request the browser repeats,
 * reaches the service with the same key and sends one e-mail.
 */
class SendMailDialog extends Dialog {

    final MultiSelectComboBox<String> to = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> cc = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> bcc = new MultiSelectComboBox<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Button send = new Button();
    final Button cancel = new Button();

    private final String idempotencyKey = UUID.randomUUID().toString();
    private final MailDraft draft;
    /** Label per normalized address: "Name &lt;address&gt;" for the client and its contacts. */
    private final Map<String, String> labels = new HashMap<>();

    SendMailDialog(MailDraft draft) {
        this.draft = draft;
        setId("send-mail-dialog");
        setHeaderTitle(getTranslation(
                switch (draft.type()) {
                    case INVOICE -> "billing.mail.dialog.invoice";
                    case QUOTE -> "billing.mail.dialog.quote";
                    case CREDIT_NOTE -> "billing.mail.dialog.credit-note";
                },
                draft.number()));
        setWidth("min(52rem, 95vw)");
        setCloseOnOutsideClick(false);
        for (MailRecipient r : draft.addressBook()) {
            labels.putIfAbsent(MailAddresses.normalize(r.email()), r.label());
        }

        recipients(to, "send-mail-to", "billing.mail.field.to", draft.to());
        to.setRequiredIndicatorVisible(true);
        to.setHelperText(getTranslation("billing.mail.field.to.helper"));
        recipients(cc, "send-mail-cc", "billing.mail.field.cc", draft.cc());
        recipients(bcc, "send-mail-bcc", "billing.mail.field.bcc", draft.bcc());

        subject.setId("send-mail-subject");
        subject.setLabel(getTranslation("billing.mail.field.subject"));
        Fields.limit(subject, DocumentMailService.SUBJECT_MAX);
        subject.setRequiredIndicatorVisible(true);
        subject.setValue(draft.subject());
        body.setId("send-mail-body");
        body.setLabel(getTranslation("billing.mail.field.body"));
        Fields.limit(body, DocumentMailService.BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        body.setMinHeight("16rem");
        body.setValue(draft.body());

        FormLayout form = new FormLayout(to, cc, bcc, subject, body);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        send.setId("send-mail-send");
        send.setText(getTranslation("billing.mail.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        // Disabled in the browser at the click, before the request leaves: a double click makes one request.
        send.setDisableOnClick(true);
        send.addClickListener(e -> requestSend());
        cancel.setId("send-mail-cancel");
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, send);
    }

    MailDraft draft() {
        return draft;
    }

    /** After a failed send: the user may correct something and press Send again (with the same key). */
    void sendFailed() {
        send.setEnabled(true);
    }

    private void recipients(MultiSelectComboBox<String> field, String id, String labelKey, List<String> selected) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
        List<String> items = new ArrayList<>(
                draft.addressBook().stream().map(MailRecipient::email).toList());
        for (String address : selected) {
            if (indexOf(items, address) < 0) {
                items.add(address);
            }
        }
        ComboBoxListDataView<String> view = field.setItems(items);
        field.setItemLabelGenerator(a -> labels.getOrDefault(MailAddresses.normalize(a), a));
        field.setValue(new LinkedHashSet<>(selected));
        // The field's own validation would clear the message about a typed address; this dialog decides.
        field.setManualValidation(true);
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(e -> addTyped(field, items, view, e.getDetail()));
        field.addValueChangeListener(e -> field.setInvalid(false));
    }

    /** A typed address joins the field once it is valid; otherwise the field says why and keeps its value. */
    private void addTyped(
            MultiSelectComboBox<String> field, List<String> items, ComboBoxListDataView<String> view, String typed) {
        String address = typed.strip();
        if (!MailAddresses.isValid(address)) {
            field.setErrorMessage(getTranslation("billing.mail.field.address-invalid", address));
            field.setInvalid(true);
            return;
        }
        int known = indexOf(items, address);
        if (known < 0) {
            view.addItem(address);
        }
        Set<String> value = new LinkedHashSet<>(field.getValue());
        value.add(known < 0 ? address : items.get(known));
        field.setValue(value);
        field.setInvalid(false);
    }

    private void requestSend() {
        if (Stream.of(to, cc, bcc).anyMatch(MultiSelectComboBox::isInvalid)) {
            sendFailed(); // the field's message says which address is wrong; nothing leaves
            return;
        }
        if (to.getValue().isEmpty()) {
            to.setErrorMessage(getTranslation("billing.mail.recipient.required"));
            to.setInvalid(true);
            sendFailed();
            return;
        }
        fireEvent(new SendEvent(
                this,
                new MailRequest(
                        idempotencyKey,
                        List.copyOf(to.getValue()),
                        List.copyOf(cc.getValue()),
                        List.copyOf(bcc.getValue()),
                        subject.getValue(),
                        body.getValue())));
    }

    private static int indexOf(List<String> items, String address) {
        String wanted = MailAddresses.normalize(address);
        for (int i = 0; i < items.size(); i++) {
            if (MailAddresses.normalize(items.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    Registration addSendListener(ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }

    /** The user pressed Send with valid recipients. */
    static class SendEvent extends ComponentEvent<SendMailDialog> {

        private final MailRequest request;

        SendEvent(SendMailDialog source, MailRequest request) {
            super(source, false);
            this.request = request;
        }

        MailRequest request() {
            return request;
        }
    }
}
