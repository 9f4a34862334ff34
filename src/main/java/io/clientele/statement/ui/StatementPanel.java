package io.clientele.statement.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.client.ClientNotFoundException;
import io.clientele.statement.StatementFrequency;
import io.clientele.statement.StatementLogRow;
import io.clientele.statement.StatementPeriod;
import io.clientele.statement.StatementSchedule;
import io.clientele.statement.StatementService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;

/**
 * A client's statement e-mails: how often (none, monthly, quarterly), whether open invoices go along and (issue 22, a
 * parent company only) whether its subsidiaries are rolled up, when the next one goes out and to whom, "Send statement
 * now", and the log of what went out. Staff who may change the client edit it; others (managers) read it. A save over
 * someone else's newer save merges three ways ({@link FormMerge}).
 */
class StatementPanel extends Composite<VerticalLayout> {

    final Select<StatementFrequency> frequency = new Select<>();
    final Checkbox attachOpenInvoices = new Checkbox();
    final Checkbox rollUpSubsidiaries = new Checkbox();
    final Button save = new Button();
    final Paragraph next = new Paragraph();
    final Paragraph recipients = new Paragraph();
    final Button sendNow = new Button();
    final Grid<StatementLogRow> log = new Grid<>();

    private final StatementService statements;
    private final long clientId;
    private final Binder<StatementSchedule> binder = new Binder<>(StatementSchedule.class);
    private final FormMerge merge = new FormMerge();
    private StatementSchedule current;

    @Nullable
    ConflictDialog conflict;

    @Nullable
    ConfirmDialog confirm;

    StatementPanel(StatementService statements, long clientId, boolean canEdit) {
        this.statements = statements;
        this.clientId = clientId;
        frequency.setId("statements-frequency");
        frequency.setLabel(getTranslation("statement.field.frequency"));
        frequency.setItems(StatementFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("statement.frequency." + f.name()));
        attachOpenInvoices.setId("statements-attach-open");
        attachOpenInvoices.setLabel(getTranslation("statement.field.attach-open"));
        attachOpenInvoices.setHelperText(getTranslation("statement.field.attach-open.helper"));
        rollUpSubsidiaries.setId("statements-roll-up");
        rollUpSubsidiaries.setLabel(getTranslation("statement.field.roll-up"));
        rollUpSubsidiaries.setHelperText(getTranslation("statement.field.roll-up.helper"));
        rollUpSubsidiaries.setVisible(false);
        binder.forField(frequency).asRequired().bind(StatementSchedule::getFrequency, StatementSchedule::setFrequency);
        binder.forField(attachOpenInvoices)
                .bind(StatementSchedule::isAttachOpenInvoices, StatementSchedule::setAttachOpenInvoices);
        binder.forField(rollUpSubsidiaries)
                .bind(StatementSchedule::isRollUpSubsidiaries, StatementSchedule::setRollUpSubsidiaries);
        binder.setReadOnly(!canEdit);

        save.setId("statements-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(canEdit);
        next.setId("statements-next");
        recipients.setId("statements-recipients");
        sendNow.setId("statements-send-now");
        sendNow.setText(getTranslation("statement.action.send-now"));
        sendNow.addClickListener(e -> confirmSend());
        sendNow.setVisible(canEdit);

        log.setId("statements-log");
        DateTimeFormatter day =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        log.addColumn(r -> getTranslation("statement.period", day.format(r.from()), day.format(r.to())))
                .setHeader(getTranslation("statement.log.column.period"))
                .setAutoWidth(true);
        log.addColumn(r -> getTranslation("statement.status." + r.status().name()))
                .setKey("status")
                .setHeader(getTranslation("statement.log.column.status"))
                .setAutoWidth(true);
        log.addColumn(r -> when.format(r.sentAt() != null ? r.sentAt() : r.createdAt()))
                .setHeader(getTranslation("statement.log.column.when"))
                .setAutoWidth(true);
        log.addColumn(r -> r.recipients() == null ? "" : r.recipients())
                .setHeader(getTranslation("statement.log.column.to"))
                .setFlexGrow(1);
        log.addColumn(r ->
                        r.sentBy() == null || r.sentBy().isEmpty() ? getTranslation("statement.log.job") : r.sentBy())
                .setHeader(getTranslation("statement.log.column.by"))
                .setAutoWidth(true);
        log.addColumn(r -> r.lastError() == null ? "" : getTranslation(r.lastError()))
                .setKey("note")
                .setHeader(getTranslation("statement.log.column.note"))
                .setAutoWidth(true);
        // Lazy: a client's log grows by twelve rows a year and more by hand; the service caps each page.
        log.setItems(query -> statements.log(clientId, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        log.setHeight("16rem");

        FormLayout form = new FormLayout();
        form.add(frequency, attachOpenInvoices, rollUpSubsidiaries);
        form.setMaxWidth("48rem");
        getContent()
                .add(
                        new Paragraph(getTranslation("statement.client.intro")),
                        form,
                        save,
                        next,
                        recipients,
                        sendNow,
                        new H4(getTranslation("statement.log.title")),
                        log);
        getContent().setPadding(false);
        current = read();
    }

    /** Reads the schedule into the form and shows when the next statement goes out and to whom. */
    private StatementSchedule read() {
        StatementService.StatementTab tab = statements.tab(clientId);
        // Offered to a parent company only; a roll-up already on stays visible so that it can be switched off.
        rollUpSubsidiaries.setVisible(tab.hasSubsidiaries() || tab.schedule().isRollUpSubsidiaries());
        rollUpSubsidiaries.setInvalid(false);
        show(tab.schedule());
        showNext(tab);
        return tab.schedule();
    }

    private void show(StatementSchedule shown) {
        current = shown;
        binder.readBean(shown);
        merge.opened(FormMerge.parts(binder));
    }

    /** When the next statement goes out, and to whom: with nobody to send to, says so before a period is missed. */
    private void showNext(StatementService.StatementTab tab) {
        StatementService.NextStatement upcoming = tab.next();
        if (upcoming == null) {
            next.setText(getTranslation("statement.next.none"));
        } else {
            StatementPeriod period = upcoming.period();
            next.setText(getTranslation(
                    upcoming.dueNow() ? "statement.next.now" : "statement.next.on",
                    date(upcoming.sendOn()),
                    date(period.from()),
                    date(period.to())));
        }
        List<String> to = tab.recipients();
        recipients.setText(
                to.isEmpty()
                        ? getTranslation("statement.recipients.none")
                        : getTranslation("statement.recipients", String.join(", ", to)));
        recipients.getStyle().set("color", to.isEmpty() ? "var(--lumo-error-text-color)" : null);
    }

    String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(day);
    }

    void save() {
        if (!binder.writeBeanIfValid(current)) {
            Notifications.error(getTranslation("form.invalid"));
            return;
        }
        try {
            statements.saveSchedule(current);
            read();
            Notifications.success(getTranslation("statement.saved"));
        } catch (OptimisticLockingFailureException e) {
            // Someone saved this schedule meanwhile: merge theirs (see FormMerge) and save on top of it.
            StatementPanel storedCopy = new StatementPanel(statements, clientId, true);
            StatementSchedule stored = storedCopy.current;
            conflict = merge.resolve(
                    FormMerge.parts(binder),
                    FormMerge.parts(storedCopy.binder),
                    () -> {
                        current = stored;
                        save();
                    },
                    () -> {
                        show(stored);
                        showNext(statements.tab(clientId));
                    });
        } catch (RuleViolationException e) {
            rollUpSubsidiaries.setInvalid(true);
            rollUpSubsidiaries.setErrorMessage(getTranslation(e.getMessageKey(), e.getArguments()));
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (ClientNotFoundException e) {
            Notifications.error(getTranslation("statement.client-gone"));
        }
    }

    private void confirmSend() {
        // One key per confirmation: a double click or a repeated request sends one e-mail.
        String key = "manual-" + UUID.randomUUID();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-send-statement");
        dialog.setHeader(getTranslation("statement.send-now.title"));
        dialog.setText(getTranslation("statement.send-now.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("statement.action.send"));
        dialog.addConfirmListener(e -> {
            try {
                statements.sendNow(clientId, key);
                Notifications.success(getTranslation("statement.send-now.sent"));
                log.getDataProvider().refreshAll();
                showNext(statements.tab(clientId));
            } catch (RuleViolationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            } catch (ClientNotFoundException ex) {
                Notifications.error(getTranslation("statement.client-gone"));
            }
        });
        confirm = dialog;
        dialog.open();
    }
}
