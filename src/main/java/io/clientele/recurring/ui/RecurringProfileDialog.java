package io.clientele.recurring.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.recurring.Frequency;
import io.clientele.recurring.RecurringLine;
import io.clientele.recurring.RecurringMode;
import io.clientele.recurring.RecurringNotFoundException;
import io.clientele.recurring.RecurringProfile;
import io.clientele.recurring.RecurringService;
import io.clientele.settings.PaymentTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits a recurring profile: what each invoice says, how often, from when to when, and what happens to it.
 * The fields are read into the profile only on Save; a refused save keeps everything typed.
 */
class RecurringProfileDialog extends Dialog {

    final TextField title = new TextField();
    final ComboBox<Frequency> frequency = new ComboBox<>();
    final IntegerField every = new IntegerField();
    final DatePicker startDate = new DatePicker();
    final DatePicker endDate = new DatePicker();
    final IntegerField maxCount = new IntegerField();
    final IntegerField paymentDays = new IntegerField();
    final RadioButtonGroup<RecurringMode> mode = new RadioButtonGroup<>();
    final VerticalLayout lines = new VerticalLayout();
    final Button addLine = new Button();
    final Button save = new Button();

    private final RecurringService recurring;
    private final RecurringProfile profile;
    private final Runnable saved;

    RecurringProfileDialog(RecurringService recurring, RecurringProfile profile, Runnable saved) {
        this.recurring = recurring;
        this.profile = profile;
        this.saved = saved;
        setId("recurring-dialog");
        setHeaderTitle(getTranslation(profile.isNew() ? "recurring.dialog.new" : "recurring.dialog.edit"));

        title.setId("recurring-title");
        title.setLabel(getTranslation("recurring.field.title"));
        Fields.limit(title, RecurringProfile.TITLE_MAX);
        title.setRequired(true);
        frequency.setId("recurring-frequency");
        frequency.setLabel(getTranslation("recurring.field.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("recurring.frequency." + f.name()));
        frequency.setRequired(true);
        every.setId("recurring-every");
        every.setLabel(getTranslation("recurring.field.every"));
        every.setMin(1);
        every.setMax(RecurringProfile.EVERY_MAX);
        every.setStepButtonsVisible(true);
        startDate.setId("recurring-start");
        startDate.setLabel(getTranslation("recurring.field.start"));
        startDate.setRequired(true);
        endDate.setId("recurring-end");
        endDate.setLabel(getTranslation("recurring.field.end"));
        endDate.setClearButtonVisible(true);
        maxCount.setId("recurring-count");
        maxCount.setLabel(getTranslation("recurring.field.count"));
        maxCount.setMin(1);
        maxCount.setMax(RecurringProfile.COUNT_MAX);
        maxCount.setHelperText(getTranslation("recurring.field.count.help"));
        paymentDays.setId("recurring-payment-days");
        paymentDays.setLabel(getTranslation("recurring.field.payment-days"));
        paymentDays.setMin(0);
        paymentDays.setMax(PaymentTerm.DAYS_MAX);
        mode.setId("recurring-mode");
        mode.setLabel(getTranslation("recurring.field.mode"));
        mode.setItems(RecurringMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("recurring.mode." + m.name()));

        title.setValue(profile.getTitle());
        frequency.setValue(profile.getFrequency());
        every.setValue(profile.getEvery());
        startDate.setValue(profile.getStartDate());
        startDate.setReadOnly(profile.getGeneratedCount() > 0);
        endDate.setValue(profile.getEndDate());
        maxCount.setValue(profile.getMaxCount());
        paymentDays.setValue(profile.getPaymentDays());
        mode.setValue(profile.getMode());

        lines.setId("recurring-lines");
        lines.setPadding(false);
        for (RecurringLine line : profile.getLines()) {
            addLine(line);
        }
        if (profile.getLines().isEmpty()) {
            addLine(null);
        }
        addLine.setId("recurring-add-line");
        addLine.setText(getTranslation("recurring.line.add"));
        addLine.setIcon(VaadinIcon.PLUS.create());
        addLine.addClickListener(e -> addLine(null));

        FormLayout form = new FormLayout(title, frequency, every, startDate, endDate, maxCount, paymentDays, mode);
        form.setColspan(title, 2);
        form.setColspan(mode, 2);
        save.setId("recurring-save");
        save.setText(getTranslation("recurring.action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("recurring.action.cancel"), e -> close());
        cancel.setId("recurring-cancel");
        add(form, new H4(getTranslation("recurring.lines.title")), lines, addLine);
        getFooter().add(cancel, save);
        setWidth("56rem");
    }

    List<LineRow> lineRows() {
        return lines.getChildren()
                .filter(LineRow.class::isInstance)
                .map(LineRow.class::cast)
                .toList();
    }

    private void addLine(@Nullable RecurringLine line) {
        LineRow row = new LineRow(line);
        row.remove.addClickListener(e -> lines.remove(row));
        lines.add(row);
    }

    private void save() {
        boolean ok = true;
        if (title.getValue().isBlank()) {
            ok = invalid(title, "recurring.title.required");
        }
        if (frequency.getValue() == null) {
            ok = invalid(frequency, "recurring.frequency.required");
        }
        if (every.getValue() == null) {
            ok = invalid(every, "recurring.every.required");
        }
        if (startDate.getValue() == null) {
            ok = invalid(startDate, "recurring.start.required");
        }
        if (paymentDays.getValue() == null) {
            ok = invalid(paymentDays, "recurring.payment-days.required");
        }
        List<RecurringLine> read = new ArrayList<>();
        for (LineRow row : lineRows()) {
            RecurringLine line = row.read();
            if (line == null) {
                ok = false;
            } else {
                read.add(line);
            }
        }
        if (!ok) {
            return;
        }
        profile.setTitle(title.getValue());
        profile.setFrequency(frequency.getValue());
        profile.setEvery(every.getValue());
        profile.setStartDate(startDate.getValue());
        profile.setEndDate(endDate.getValue());
        profile.setMaxCount(maxCount.getValue());
        profile.setPaymentDays(paymentDays.getValue());
        profile.setMode(mode.getValue() == null ? RecurringMode.DRAFT : mode.getValue());
        profile.setLines(read);
        try {
            recurring.save(profile);
        } catch (RuleViolationException e) {
            String text = getTranslation(e.getMessageKey(), e.getArguments());
            HasValidation field = fieldFor(e.getMessageKey());
            if (field == null) {
                Notifications.error(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            return;
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("recurring.conflict"));
            return;
        } catch (RecurringNotFoundException e) {
            Notifications.error(getTranslation("recurring.gone"));
            close();
            saved.run();
            return;
        }
        Notifications.success(
                getTranslation("recurring.saved", profile.getTitle().strip()));
        close();
        saved.run();
    }

    private boolean invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
        return false;
    }

    private @Nullable HasValidation fieldFor(String key) {
        Map<String, HasValidation> fields = Map.of(
                "recurring.title", title,
                "recurring.every", every,
                "recurring.start", startDate,
                "recurring.end", endDate,
                "recurring.count", maxCount,
                "recurring.payment-days", paymentDays);
        return fields.entrySet().stream()
                .filter(f -> key.startsWith(f.getKey() + "."))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }
}
