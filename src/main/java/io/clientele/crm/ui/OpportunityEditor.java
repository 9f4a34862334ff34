package io.clientele.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.FormKeys;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.crm.Opportunity;
import io.clientele.crm.OpportunityNotFoundException;
import io.clientele.crm.OpportunityStage;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits an opportunity. Saving with stage Won saves the other changes, then runs the conversion into a
 * client (see {@link OpportunityConversion}); the stage becomes Won only once the client exists.
 */
class OpportunityEditor extends Dialog {

    final OpportunityForm form;
    final Button save = new Button();
    private final OpportunityViews views;
    /** The copy the next save writes into: the one read, or after a conflict the stored one. */
    private Opportunity opportunity;

    private OpportunityStage storedStage;
    private final Runnable onChange;
    private final FormMerge merge = new FormMerge();

    @Nullable
    ConflictDialog conflict;

    OpportunityEditor(OpportunityViews views, Opportunity opportunity, Runnable onChange) {
        this.views = views;
        this.opportunity = opportunity;
        this.storedStage = opportunity.getStage();
        this.onChange = onChange;
        setId("opportunity-editor");
        setHeaderTitle(getTranslation(
                opportunity.isNew() ? "crm.editor.new" : "crm.editor.edit", opportunity.getCompanyName()));
        setWidth("min(44rem, 95vw)");
        setCloseOnOutsideClick(false);
        form = new OpportunityForm(views.leadSources, views.users);
        form.read(opportunity);
        merge.opened(FormMerge.parts(form.binder()));
        add(form);
        save.setId("opportunity-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"));
        cancel.setId("opportunity-cancel");
        getFooter().add(cancel, save);
        FormKeys.install(this, save, cancel, () -> merge.changed(FormMerge.parts(form.binder())));
    }

    private void save() {
        if (!form.writeIfValid(opportunity)) {
            Notifications.error(getTranslation("form.invalid"));
            return;
        }
        boolean win = opportunity.getStage() == OpportunityStage.WON && !opportunity.isConverted();
        if (win) {
            opportunity.setStage(storedStage == OpportunityStage.WON ? OpportunityStage.NEW : storedStage);
        }
        try {
            Opportunity saved = views.opportunities.save(opportunity);
            close();
            onChange.run();
            if (win) {
                new OpportunityConversion(views, saved.getId(), onChange).start();
            } else {
                Notifications.success(getTranslation("crm.saved", saved.getCompanyName()));
            }
        } catch (OptimisticLockingFailureException e) {
            if (win) {
                // Back to what the user chose before merging, so a merged save can win it.
                opportunity.setStage(OpportunityStage.WON);
                win = false;
            }
            showConflict(Objects.requireNonNull(opportunity.getId()));
        } catch (OpportunityNotFoundException e) {
            Notifications.error(getTranslation("crm.gone"));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        } finally {
            if (win) {
                opportunity.setStage(OpportunityStage.WON);
            }
        }
    }

    /**
     * Someone saved the opportunity since it was read: keep their changes to fields the user did not touch and save
     * on top of theirs, or ask about the fields both changed (see {@link FormMerge}).
     */
    private void showConflict(long id) {
        Opportunity stored;
        try {
            stored = views.opportunities.get(id);
        } catch (OpportunityNotFoundException e) {
            Notifications.error(getTranslation("crm.gone"));
            return;
        }
        OpportunityForm storedForm = new OpportunityForm(views.leadSources, views.users);
        storedForm.read(stored);
        conflict = merge.resolve(
                FormMerge.parts(form.binder()),
                FormMerge.parts(storedForm.binder()),
                () -> {
                    opportunity = stored;
                    storedStage = stored.getStage();
                    save();
                },
                () -> {
                    opportunity = stored;
                    storedStage = stored.getStage();
                    form.read(stored);
                });
    }
}
