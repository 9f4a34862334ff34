package io.clientele.crm.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Notifications;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientNotFoundException;
import io.clientele.client.DuplicateClientException;
import io.clientele.client.LikelyDuplicate;
import io.clientele.client.MandatoryFieldMissingException;
import io.clientele.client.ui.ClientFieldInputs;
import io.clientele.client.ui.ClientOverviewView;
import io.clientele.crm.ConversionDraft;
import io.clientele.crm.ConversionResult;
import io.clientele.crm.OpportunityNotFoundException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Marking an opportunity Won, step by step: ask for the mandatory client fields the opportunity cannot fill, offer
 * the existing clients with the same e-mail or tax ID (link to one, or create a new client), convert, and say so
 * with a link to the client.
 */
class OpportunityConversion {

    private final OpportunityViews views;
    private final long opportunityId;
    private final Runnable onChange;

    OpportunityConversion(OpportunityViews views, long opportunityId, Runnable onChange) {
        this.views = views;
        this.opportunityId = opportunityId;
        this.onChange = onChange;
    }

    void start() {
        try {
            ConversionDraft draft = views.opportunities.draftConversion(opportunityId);
            if (draft.missing().isEmpty()) {
                chooseClient(draft.client());
            } else {
                askForMissing(draft);
            }
        } catch (OpportunityNotFoundException e) {
            Notifications.error(t("crm.gone"));
        }
    }

    private void askForMissing(ConversionDraft draft) {
        BeanValidationBinder<Client> binder = new BeanValidationBinder<>(Client.class);
        ClientFieldInputs inputs = views.clientEditors.fieldInputs(binder, "conversion");
        FormLayout form = new FormLayout();
        for (ClientField field : draft.missing()) {
            form.add(inputs.create(field));
        }
        binder.readBean(draft.client());
        Dialog dialog = dialog("conversion-missing-dialog", t("crm.convert.missing.title"));
        dialog.add(new Paragraph(t("crm.convert.missing.text")), form);
        Button next = new Button(t("crm.convert.continue"), e -> {
            if (binder.writeBeanIfValid(draft.client())) {
                dialog.close();
                chooseClient(draft.client());
            }
        });
        next.setId("conversion-continue");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(t("action.cancel"), e -> dialog.close()), next);
        dialog.open();
    }

    private void chooseClient(Client draft) {
        List<LikelyDuplicate> matches = views.opportunities.likelyDuplicates(draft);
        if (matches.isEmpty()) {
            convert(draft, null, false);
            return;
        }
        Dialog dialog = dialog("conversion-duplicate-dialog", t("crm.convert.duplicate.title"));
        VerticalLayout choices = new VerticalLayout();
        choices.setPadding(false);
        choices.add(new Paragraph(t("crm.convert.duplicate.text")));
        for (LikelyDuplicate match : matches) {
            Button link = new Button(
                    t("crm.convert.link", match.name(), t(match.match().labelKey())), e -> {
                        dialog.close();
                        convert(draft, match.id(), false);
                    });
            link.setId("conversion-link-" + match.id());
            // A look at the match first, in a new tab so this choice stays open.
            Anchor open = new Anchor(ClientOverviewView.href(match.id()), t("crm.convert.open-match"));
            open.setTarget(AnchorTarget.BLANK);
            open.setId("conversion-open-" + match.id());
            choices.add(new HorizontalLayout(link, open));
        }
        Button create = new Button(t("crm.convert.create-new"), e -> {
            dialog.close();
            convert(draft, null, true);
        });
        create.setId("conversion-create-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(choices);
        dialog.getFooter().add(new Button(t("action.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    private void convert(Client draft, @Nullable Long linkTo, boolean createAnyway) {
        try {
            ConversionResult result = views.opportunities.convert(opportunityId, draft, linkTo, createAnyway);
            onChange.run();
            long clientId = result.clientId();
            Notifications.withAction(
                    t(result.created() ? "crm.won.created" : "crm.won.linked", result.clientName()),
                    t("crm.won.open"),
                    () -> ClientOverviewView.open(clientId));
        } catch (MandatoryFieldMissingException e) {
            // An administrator made another field mandatory meanwhile: ask again with the current rules.
            Notifications.error(t(e.getMessageKey()));
            start();
        } catch (DuplicateClientException e) {
            // A matching client appeared after the check above (another user, an import): offer it now.
            chooseClient(draft);
        } catch (OpportunityNotFoundException | ClientNotFoundException e) {
            Notifications.error(t("crm.gone"));
        } catch (RuleViolationException e) {
            Notifications.error(t(e.getMessageKey(), e.getArguments()));
        }
    }

    private Dialog dialog(String id, String title) {
        Dialog dialog = new Dialog();
        dialog.setId(id);
        dialog.setHeaderTitle(title);
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("min(36rem, 95vw)");
        return dialog;
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
