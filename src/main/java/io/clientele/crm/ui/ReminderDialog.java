package io.clientele.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.crm.Reminder;
import io.clientele.crm.ReminderService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** "Add reminder" on a client: when, what, for whom, and whether to send an e-mail when it is due. */
class ReminderDialog extends Dialog {

    final DateTimePicker dueAt = new DateTimePicker();
    final TextArea description = new TextArea();
    final ComboBox<UserRef> assignee = new ComboBox<>();
    final Checkbox byEmail = new Checkbox();
    final Button save = new Button();

    private final ReminderService reminders;
    private final long clientId;
    private final Runnable saved;

    ReminderDialog(
            ReminderService reminders,
            UserDirectory users,
            long clientId,
            @Nullable Long me,
            LocalDateTime suggested,
            Runnable saved) {
        this.reminders = reminders;
        this.clientId = clientId;
        this.saved = saved;
        setId("reminder-dialog");
        setHeaderTitle(getTranslation("reminder.dialog.title"));

        dueAt.setId("reminder-due");
        dueAt.setLabel(getTranslation("reminder.field.due"));
        dueAt.setRequiredIndicatorVisible(true);
        dueAt.setValue(suggested);
        description.setId("reminder-description");
        description.setLabel(getTranslation("reminder.field.description"));
        Fields.limit(description, Reminder.DESCRIPTION_MAX);
        description.setRequired(true);
        description.setWidthFull();
        assignee.setId("reminder-assignee");
        assignee.setLabel(getTranslation("reminder.field.assignee"));
        assignee.setRequired(true);
        assignee.setItems(
                query -> users.staff(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        assignee.setItemLabelGenerator(UserRef::displayName);
        if (me != null) {
            users.find(me).ifPresent(assignee::setValue);
        }
        byEmail.setId("reminder-by-email");
        byEmail.setLabel(getTranslation("reminder.field.by-email"));

        save.setId("reminder-save");
        save.setText(getTranslation("reminder.action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("reminder.action.cancel"), e -> close());
        cancel.setId("reminder-cancel");
        VerticalLayout form = new VerticalLayout(dueAt, description, assignee, byEmail);
        form.setPadding(false);
        add(form);
        getFooter().add(cancel, save);
        setWidth("32rem");
    }

    private void save() {
        boolean ok = true;
        if (dueAt.getValue() == null) {
            dueAt.setErrorMessage(getTranslation("reminder.due.required"));
            dueAt.setInvalid(true);
            ok = false;
        }
        if (description.getValue().isBlank()) {
            description.setErrorMessage(getTranslation("reminder.description.required"));
            description.setInvalid(true);
            ok = false;
        }
        if (assignee.getValue() == null) {
            assignee.setErrorMessage(getTranslation("reminder.assignee.required"));
            assignee.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            reminders.create(
                    clientId,
                    dueAt.getValue().atZone(ZoneId.systemDefault()).toInstant(),
                    description.getValue(),
                    assignee.getValue().id(),
                    byEmail.getValue());
        } catch (RuleViolationException e) {
            description.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            description.setInvalid(true);
            return;
        }
        Notifications.success(getTranslation("reminder.created"));
        close();
        saved.run();
    }
}
