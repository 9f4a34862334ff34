package io.clientele.dunning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.dunning.DunningService;
import io.clientele.dunning.FeeKind;
import io.clientele.dunning.ReminderPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A reminder schedule on a form: the installation's (Settings → Payment reminders) or one client's (its overview's
 * Reminders tab, with "No payment reminders" and "Own schedule"). A save over someone else's newer save merges
 * three ways ({@link FormMerge}); a refused value is shown on its field and the form keeps what was typed.
 */
class ReminderPolicyPanel extends Composite<VerticalLayout> {

    /** The rules whose first argument names the step in breach. */
    private static final Set<String> STEP_RULES =
            Set.of("dunning.step.gap", "dunning.step.range", "dunning.step.order");

    private static final Set<String> FEE_RULES = Set.of("dunning.fee.positive", "dunning.fee.too-high");

    final Checkbox optedOut = new Checkbox();
    final Checkbox ownSchedule = new Checkbox();
    final IntegerField step1 = step(1);
    final IntegerField step2 = step(2);
    final IntegerField step3 = step(3);
    final Select<FeeKind> feeKind = new Select<>();
    final BigDecimalField feeAmount = new BigDecimalField();
    final Button save = new Button();

    private final DunningService dunning;
    private final @Nullable Long clientId;
    private final Binder<ReminderPolicy> binder = new Binder<>(ReminderPolicy.class);
    private final FormMerge merge = new FormMerge();
    private final boolean canEdit;
    private ReminderPolicy current;

    @Nullable
    ConflictDialog conflict;

    /** For the installation when {@code clientId} is null, else for that client. */
    ReminderPolicyPanel(DunningService dunning, @Nullable Long clientId, boolean canEdit) {
        this.dunning = dunning;
        this.clientId = clientId;
        this.canEdit = canEdit;
        optedOut.setId("reminders-opted-out");
        optedOut.setLabel(getTranslation("dunning.client.opted-out"));
        ownSchedule.setId("reminders-own-schedule");
        ownSchedule.setLabel(getTranslation("dunning.client.own-schedule"));
        feeKind.setId("reminders-fee-kind");
        feeKind.setLabel(getTranslation("dunning.fee.kind"));
        feeKind.setItems(FeeKind.values());
        feeKind.setItemLabelGenerator(k -> getTranslation("dunning.fee.kind." + k.name()));
        feeAmount.setId("reminders-fee-amount");
        feeAmount.setLabel(getTranslation("dunning.fee.amount"));
        feeAmount.setHelperText(getTranslation("dunning.fee.amount.help"));
        save.setId("reminders-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.setVisible(canEdit);

        if (clientId != null) {
            binder.forField(optedOut).bind(ReminderPolicy::isOptedOut, ReminderPolicy::setOptedOut);
            binder.forField(ownSchedule).bind(ReminderPolicy::isOwnSchedule, ReminderPolicy::setOwnSchedule);
            ownSchedule.addValueChangeListener(e -> enableSchedule());
            optedOut.addValueChangeListener(e -> enableSchedule());
        }
        binder.forField(step1).bind(ReminderPolicy::getStep1Days, ReminderPolicy::setStep1Days);
        binder.forField(step2).bind(ReminderPolicy::getStep2Days, ReminderPolicy::setStep2Days);
        binder.forField(step3).bind(ReminderPolicy::getStep3Days, ReminderPolicy::setStep3Days);
        binder.forField(feeKind).bind(ReminderPolicy::getFeeKind, ReminderPolicy::setFeeKind);
        binder.forField(feeAmount)
                .withNullRepresentation(BigDecimal.ZERO)
                .bind(ReminderPolicy::getFeeAmount, ReminderPolicy::setFeeAmount);
        binder.setReadOnly(!canEdit);

        FormLayout form = new FormLayout();
        if (clientId != null) {
            form.add(optedOut, 2);
            form.add(ownSchedule, 2);
        }
        form.add(step1, step2, step3);
        form.add(feeKind, feeAmount);
        form.setMaxWidth("48rem");
        getContent()
                .add(
                        new Paragraph(
                                getTranslation(clientId == null ? "dunning.settings.intro" : "dunning.client.intro")),
                        form,
                        save);
        getContent().setPadding(false);
        current = load();
        read(current);
    }

    private IntegerField step(int step) {
        IntegerField field = new IntegerField(getTranslation("dunning.step.label", step));
        field.setId("reminders-step" + step);
        field.setHelperText(getTranslation("dunning.step.help"));
        field.setMin(ReminderPolicy.DAYS_MIN);
        field.setMax(ReminderPolicy.DAYS_MAX);
        field.setStepButtonsVisible(true);
        return field;
    }

    private ReminderPolicy load() {
        return clientId == null ? dunning.installationPolicy() : dunning.clientPolicy(clientId);
    }

    private void read(ReminderPolicy shown) {
        current = shown;
        binder.readBean(shown);
        clearErrors();
        enableSchedule();
        merge.opened(FormMerge.parts(binder));
    }

    /** A client's own steps and fee only count when it has its own schedule and is not opted out. */
    private void enableSchedule() {
        if (clientId == null || !canEdit) {
            return;
        }
        boolean own = ownSchedule.getValue() && !optedOut.getValue();
        step1.setEnabled(own);
        step2.setEnabled(own);
        step3.setEnabled(own);
        feeAmount.setEnabled(own);
        feeKind.setEnabled(own);
        ownSchedule.setEnabled(!optedOut.getValue());
    }

    private void clearErrors() {
        for (IntegerField f : List.of(step1, step2, step3)) {
            f.setInvalid(false);
        }
        feeAmount.setInvalid(false);
    }

    void save() {
        clearErrors();
        if (!binder.writeBeanIfValid(current)) {
            Notifications.error(getTranslation("form.invalid"));
            return;
        }
        try {
            read(clientId == null ? dunning.saveInstallationPolicy(current) : dunning.saveClientPolicy(current));
            Notifications.success(getTranslation("dunning.saved"));
        } catch (OptimisticLockingFailureException e) {
            // Someone saved this schedule meanwhile: merge theirs (see FormMerge) and save on top of it.
            ReminderPolicyPanel storedCopy = new ReminderPolicyPanel(dunning, clientId, true);
            ReminderPolicy stored = storedCopy.current;
            conflict = merge.resolve(
                    FormMerge.parts(binder),
                    FormMerge.parts(storedCopy.binder),
                    () -> {
                        current = stored;
                        save();
                    },
                    () -> read(stored));
        } catch (RuleViolationException e) {
            showRefusal(e);
        }
    }

    /** On the field the rule names (a step's number is the first argument of the step rules), else as a notification. */
    private void showRefusal(RuleViolationException e) {
        String message = getTranslation(e.getMessageKey(), e.getArguments());
        String key = e.getMessageKey();
        if (STEP_RULES.contains(key) && e.getArguments().length > 0) {
            IntegerField field = switch (Integer.parseInt(String.valueOf(e.getArguments()[0]))) {
                case 1 -> step1;
                case 2 -> step2;
                default -> step3;
            };
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else if (FEE_RULES.contains(key)) {
            feeAmount.setErrorMessage(message);
            feeAmount.setInvalid(true);
        }
        Notifications.error(message);
    }
}
