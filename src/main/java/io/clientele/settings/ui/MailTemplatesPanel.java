package io.clientele.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.mail.MailTemplate;
import io.clientele.base.mail.MailTemplateKind;
import io.clientele.base.mail.MailTemplateText;
import io.clientele.base.mail.MailTemplates;
import io.clientele.base.ui.Confirmations;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.settings.MailTemplateService;
import io.clientele.settings.MailTemplateService.EditedTemplate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Settings → E-mail templates: pick a kind of e-mail and a language, change subject and body, preview them on a real
 * record, save, or go back to the built-in text. A refused template says on the field which placeholder is unknown or
 * which markup is not allowed, and keeps what was typed.
 */
class MailTemplatesPanel extends Composite<VerticalLayout> {

    final Select<MailTemplateKind> kind = new Select<>();
    final Select<String> language = new Select<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final Span state = new Span();
    final Div placeholders = new Div();
    final Button preview = new Button();
    final Button save = new Button();
    final Button reset = new Button();
    final TextField previewSubject = new TextField();
    final TextArea previewBody = new TextArea();

    private final MailTemplateService service;
    private @Nullable Long version;

    MailTemplatesPanel(MailTemplateService service) {
        this.service = service;
        kind.setId("mail-template-kind");
        kind.setLabel(getTranslation("mail.templates.kind"));
        kind.setItems(service.kinds());
        kind.setItemLabelGenerator(k -> getTranslation(k.titleKey()));
        // Wide enough for the longest kind ("Payment reminder 1 (before the due date)") in every language.
        kind.setWidth("22rem");
        language.setId("mail-template-language");
        language.setLabel(getTranslation("mail.templates.language"));
        language.setItems(MailTemplates.LANGUAGES);
        language.setItemLabelGenerator(code -> LocalizedFormat.languageName(code, getLocale()));
        subject.setId("mail-template-subject");
        subject.setLabel(getTranslation("mail.templates.subject"));
        subject.setWidthFull();
        Fields.limit(subject, MailTemplate.SUBJECT_MAX);
        body.setId("mail-template-body");
        body.setLabel(getTranslation("mail.templates.body"));
        body.setHelperText(getTranslation("mail.templates.body.help"));
        body.setWidthFull();
        body.setMinHeight("16rem");
        Fields.limit(body, MailTemplate.BODY_MAX);
        state.setId("mail-template-state");
        placeholders.setId("mail-template-placeholders");
        preview.setId("mail-template-preview");
        preview.setText(getTranslation("mail.templates.preview"));
        preview.addClickListener(e -> preview());
        save.setId("mail-template-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        reset.setId("mail-template-reset");
        reset.setText(getTranslation("mail.templates.reset"));
        reset.addClickListener(e -> confirmReset());
        previewSubject.setId("mail-template-preview-subject");
        previewSubject.setLabel(getTranslation("mail.templates.preview.subject"));
        previewSubject.setReadOnly(true);
        previewSubject.setWidthFull();
        previewBody.setId("mail-template-preview-body");
        previewBody.setLabel(getTranslation("mail.templates.preview.body"));
        previewBody.setReadOnly(true);
        previewBody.setWidthFull();

        kind.addValueChangeListener(e -> load());
        language.addValueChangeListener(e -> load());
        VerticalLayout editor = new VerticalLayout(
                baseline(new HorizontalLayout(kind, language, state)),
                subject,
                body,
                new HorizontalLayout(save, preview, reset));
        editor.setPadding(false);
        VerticalLayout side = new VerticalLayout(new H4(getTranslation("mail.templates.placeholders")), placeholders);
        side.setPadding(false);
        side.setMaxWidth("22rem");
        HorizontalLayout columns = new HorizontalLayout(editor, side);
        columns.setWidthFull();
        columns.setFlexGrow(1, editor);
        getContent().setMaxWidth("72rem");
        getContent()
                .add(
                        new Paragraph(getTranslation("mail.templates.intro")),
                        columns,
                        new H4(getTranslation("mail.templates.preview.title")),
                        previewSubject,
                        previewBody);
        if (!service.kinds().isEmpty()) {
            kind.setValue(service.kinds().getFirst());
        }
        language.setValue(MailTemplates.language(getLocale().getLanguage()));
    }

    private void load() {
        MailTemplateKind k = kind.getValue();
        if (k == null || language.getValue() == null) {
            return;
        }
        show(service.open(k.id(), language.getValue()));
        placeholders.removeAll();
        for (MailTemplateKind.Placeholder p : k.placeholders()) {
            Div line = new Div(new Span(getTranslation(
                    "mail.templates.placeholder.line", "{" + p.name() + "}", getTranslation(p.descriptionKey()))));
            line.addClassName("mail-template-placeholder");
            placeholders.add(line);
        }
        previewSubject.clear();
        previewBody.clear();
    }

    private void show(EditedTemplate template) {
        subject.setValue(template.text().subject());
        body.setValue(template.text().body());
        version = template.version();
        state.setText(getTranslation(template.customized() ? "mail.templates.customized" : "mail.templates.built-in"));
        reset.setEnabled(template.customized());
        clearErrors();
    }

    private MailTemplateText typed() {
        return new MailTemplateText(subject.getValue(), body.getValue());
    }

    private void preview() {
        clearErrors();
        try {
            Optional<MailTemplateText> shown = service.preview(kind.getValue().id(), language.getValue(), typed());
            if (shown.isEmpty()) {
                previewSubject.clear();
                previewBody.clear();
                Notifications.info(getTranslation("mail.templates.preview.none"));
                return;
            }
            previewSubject.setValue(shown.get().subject());
            previewBody.setValue(shown.get().body());
        } catch (RuleViolationException e) {
            refused(e);
        }
    }

    private void save() {
        clearErrors();
        try {
            show(service.save(kind.getValue().id(), language.getValue(), typed(), version));
            Notifications.success(getTranslation("mail.templates.saved"));
        } catch (RuleViolationException e) {
            refused(e);
        } catch (OptimisticLockingFailureException e) {
            // Someone saved or reset this template meanwhile: theirs is shown rather than overwritten.
            load();
            Notifications.error(getTranslation("mail.templates.conflict"));
        }
    }

    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-mail-template-reset");
        confirm.setHeader(getTranslation("mail.templates.reset.title"));
        confirm.setText(getTranslation("mail.templates.reset.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("mail.templates.reset"));
        Confirmations.destructive(confirm);
        confirm.addConfirmListener(e -> {
            show(service.reset(kind.getValue().id(), language.getValue()));
            Notifications.success(getTranslation("mail.templates.reset.done"));
        });
        confirm.open();
    }

    private void refused(RuleViolationException e) {
        String message = getTranslation(e.getMessageKey(), e.getArguments());
        if (e.getMessageKey().startsWith("mail.template.subject")) {
            subject.setErrorMessage(message);
            subject.setInvalid(true);
        } else if (e.getMessageKey().startsWith("mail.template.body")) {
            body.setErrorMessage(message);
            body.setInvalid(true);
        } else {
            Notifications.error(message);
        }
    }

    private void clearErrors() {
        subject.setInvalid(false);
        body.setInvalid(false);
    }

    /** The pickers and the state line on one baseline, so the state reads beside the chosen values. */
    private static HorizontalLayout baseline(HorizontalLayout row) {
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        return row;
    }
}
