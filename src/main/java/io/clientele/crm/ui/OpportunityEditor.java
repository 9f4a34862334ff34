package io.clientele.crm.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.crm.Opportunity;
import io.clientele.crm.OpportunityNotFoundException;
import io.clientele.crm.OpportunityStage;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits an opportunity. Saving with stage Won saves the other changes, then runs the conversion into a
 * client (see {@link OpportunityConversion}); the stage becomes Won only once the client exists.
 */
class OpportunityEditor extends Dialog {

    final OpportunityForm form;
    final Button save = new Button();
    private final OpportunityViews views;
    private final Opportunity opportunity;
    private final OpportunityStage storedStage;
    private final Runnable onChange;

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
        add(form);
        save.setId("opportunity-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("opportunity-cancel");
        getFooter().add(cancel, save);
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
            Notifications.error(getTranslation("crm.conflict"));
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
}
