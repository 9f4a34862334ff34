package io.clientele.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.base.ui.PendingFile;
import io.clientele.helpdesk.SupportMessage;
import io.clientele.helpdesk.SupportService;
import io.clientele.helpdesk.SupportThread;
import java.util.function.Consumer;

/**
 * A staff reply: plain text (capped at {@link SupportMessage#BODY_MAX}) and an optional file. A refused reply keeps
 * what was typed and says why on the field (or, for the file, in a notification).
 */
class ReplyForm extends VerticalLayout {

    final TextArea message = new TextArea();
    final PendingFile file;
    final Button send = new Button();

    ReplyForm(SupportService support, long requestId, Consumer<SupportThread> sent) {
        setPadding(false);
        setId("support-reply-form");
        message.setId("support-reply-message");
        message.setLabel(getTranslation("support.field.reply"));
        message.setWidthFull();
        Fields.limit(message, SupportMessage.BODY_MAX);
        file = new PendingFile("support-reply-file", support.maxFileBytes(), support.fileTypes());
        send.setId("support-reply-send");
        send.setText(getTranslation("support.action.send"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> {
            message.setInvalid(false);
            try {
                SupportThread thread = support.reply(
                        requestId,
                        message.getValue(),
                        file.fileName() == null ? null : new SupportService.Upload(file.fileName(), file.open()));
                message.clear();
                file.clear();
                Notifications.success(getTranslation("support.reply.sent"));
                sent.accept(thread);
            } catch (RuleViolationException ex) {
                String text = getTranslation(ex.getMessageKey(), ex.getArguments());
                if (ex.getMessageKey().startsWith("support.message.")) {
                    message.setErrorMessage(text);
                    message.setInvalid(true);
                } else {
                    Notifications.error(text);
                }
            }
        });
        add(message, file, send);
    }
}
