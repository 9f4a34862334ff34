package io.clientele.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.clientele.base.domain.LocalizedFormat;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.AppLanguages;
import io.clientele.base.ui.ConflictDialog;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.LogoUpload;
import io.clientele.base.ui.Notifications;
import io.clientele.settings.AddressFormat;
import io.clientele.settings.CompanyLogo;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import java.io.ByteArrayInputStream;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;

/** The defaults every new client takes: currency, payment terms and language. */
class DefaultsPanel extends Composite<VerticalLayout> {

    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<PaymentTerm> paymentTerm = new ComboBox<>();
    final Select<String> language = new Select<>();
    final TextField invoicePattern = new TextField();
    final TextField quotePattern = new TextField();
    final TextField creditNotePattern = new TextField();
    final TextField companyTaxId = new TextField();
    final Checkbox issueRequiresAddress = new Checkbox();
    /** How client forms take addresses; each client keeps both forms and the one last edited stays in force. */
    final RadioButtonGroup<AddressFormat> addressFormat = new RadioButtonGroup<>();
    /** Shown while the company name is empty: every issued document would go out without a sender. */
    final Paragraph companyHint = new Paragraph();

    final TextField companyName = new TextField();
    final TextArea companyAddress = new TextArea();
    final Checkbox pdfInClientLanguage = new Checkbox();
    final Button save = new Button();
    final Div logoPreview = new Div();
    final Upload logoUpload;
    final Button removeLogo = new Button();

    private final SettingsService settings;
    private final BeanValidationBinder<SystemSettings> binder = new BeanValidationBinder<>(SystemSettings.class);
    private SystemSettings current;
    private final FormMerge merge = new FormMerge();

    @Nullable
    ConflictDialog conflict;

    DefaultsPanel(SettingsService settings) {
        this.settings = settings;
        Locale locale = getLocale();
        currency.setId("default-currency");
        currency.setLabel(getTranslation("client.field.currency"));
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList());
        currency.setItemLabelGenerator(
                code -> code + " \u2013 " + Currency.getInstance(code).getDisplayName(locale));
        paymentTerm.setId("default-payment-terms");
        paymentTerm.setLabel(getTranslation("client.field.payment-terms"));
        paymentTerm.setItemLabelGenerator(t -> getTranslation("client.payment-terms.label", t.getName(), t.getDays()));
        language.setId("default-language");
        language.setLabel(getTranslation("client.field.language"));
        language.setItems(AppLanguages.CODES);
        language.setItemLabelGenerator(code -> LocalizedFormat.languageName(code, locale));
        binder.forField(currency)
                .asRequired(getTranslation("client.currency.required"))
                .bind("defaultCurrency");
        binder.forField(paymentTerm).bind("defaultPaymentTerm");
        binder.forField(language).asRequired().bind("defaultLanguage");
        invoicePattern.setId("invoice-number-pattern");
        invoicePattern.setLabel(getTranslation("settings.invoice-number-pattern"));
        invoicePattern.setHelperText(getTranslation("settings.number-pattern.help"));
        Fields.limit(invoicePattern, 40);
        quotePattern.setId("quote-number-pattern");
        quotePattern.setLabel(getTranslation("settings.quote-number-pattern"));
        quotePattern.setHelperText(getTranslation("settings.number-pattern.help"));
        Fields.limit(quotePattern, 40);
        creditNotePattern.setId("credit-note-number-pattern");
        creditNotePattern.setLabel(getTranslation("settings.credit-note-number-pattern"));
        creditNotePattern.setHelperText(getTranslation("settings.number-pattern.help"));
        Fields.limit(creditNotePattern, 40);
        binder.forField(creditNotePattern).bind("creditNoteNumberPattern");
        companyTaxId.setId("company-tax-id");
        companyTaxId.setLabel(getTranslation("settings.company-tax-id"));
        Fields.limit(companyTaxId, SystemSettings.COMPANY_TAX_ID_MAX);
        binder.forField(companyTaxId).withNullRepresentation("").bind("companyTaxId");
        issueRequiresAddress.setId("issue-requires-address");
        issueRequiresAddress.setLabel(getTranslation("settings.issue-requires-address"));
        binder.forField(issueRequiresAddress).bind("issueRequiresAddress");
        addressFormat.setId("address-format");
        addressFormat.setLabel(getTranslation("settings.address-format"));
        addressFormat.setHelperText(getTranslation("settings.address-format.help"));
        addressFormat.setItems(AddressFormat.values());
        addressFormat.setItemLabelGenerator(f -> switch (f) {
            case STRUCTURED -> getTranslation("settings.address-format.STRUCTURED");
            case FREE_FORM -> getTranslation("settings.address-format.FREE_FORM");
        });
        binder.forField(addressFormat).asRequired().bind("addressFormat");
        companyHint.setId("company-missing-hint");
        companyHint.addClassName("settings-hint");
        companyHint.setText(getTranslation("settings.company.missing"));
        binder.forField(invoicePattern).bind("invoiceNumberPattern");
        binder.forField(quotePattern).bind("quoteNumberPattern");
        companyName.setId("company-name");
        companyName.setLabel(getTranslation("billing.pdf.settings.company-name"));
        Fields.limit(companyName, SystemSettings.COMPANY_NAME_MAX);
        companyAddress.setId("company-address");
        companyAddress.setLabel(getTranslation("billing.pdf.settings.company-address"));
        Fields.limit(companyAddress, SystemSettings.COMPANY_ADDRESS_MAX);
        pdfInClientLanguage.setId("pdf-in-client-language");
        pdfInClientLanguage.setLabel(getTranslation("billing.pdf.settings.client-language"));
        binder.forField(companyName).withNullRepresentation("").bind("companyName");
        binder.forField(companyAddress).withNullRepresentation("").bind("companyAddress");
        binder.forField(pdfInClientLanguage).bind("pdfInClientLanguage");

        save.setId("defaults-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());

        FormLayout form = new FormLayout(
                currency,
                paymentTerm,
                language,
                new Div(),
                invoicePattern,
                quotePattern,
                creditNotePattern,
                issueRequiresAddress,
                addressFormat,
                companyName,
                companyAddress,
                companyTaxId,
                pdfInClientLanguage);
        form.setMaxWidth("48rem");

        // The logo is saved on its own, the moment it is uploaded or removed: it is a file, not a form field.
        logoPreview.setId("company-logo-preview");
        logoPreview.addClassName("company-logo-preview");
        logoUpload = LogoUpload.create(
                "company-logo-upload", "settings.logo.upload", "settings.logo.drop", this::logoUploaded);
        removeLogo.setId("company-logo-remove");
        removeLogo.setText(getTranslation("settings.logo.remove"));
        removeLogo.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        removeLogo.addClickListener(e -> {
            settings.removeLogo();
            showLogo(null);
            Notifications.success(getTranslation("settings.logo.removed"));
        });
        Div logo = new Div(
                new H3(getTranslation("settings.logo.title")),
                new Paragraph(getTranslation("settings.logo.help")),
                logoPreview,
                removeLogo,
                logoUpload);
        logo.addClassName("company-logo");
        getContent().add(new Paragraph(getTranslation("settings.defaults.intro")), companyHint, form, save, logo);
        showLogo(settings.logo().orElse(null));
        current = settings.get();
        reloadPaymentTerms();
        read(current);
    }

    private void read(SystemSettings shown) {
        current = shown;
        binder.readBean(shown);
        companyHint.setVisible(shown.isCompanyMissing());
        merge.opened(FormMerge.parts(binder));
    }

    /** A logo arrived: stored if it is a PNG or JPEG within the limits, else the reason is shown. */
    void logoUploaded(byte[] content) {
        try {
            showLogo(settings.saveLogo(content));
            Notifications.success(getTranslation("settings.logo.saved"));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
        logoUpload.clearFileList();
    }

    private void showLogo(@Nullable CompanyLogo logo) {
        logoPreview.removeAll();
        if (logo == null) {
            logoPreview.add(new Span(getTranslation("settings.logo.none")));
        } else {
            Image image = new Image(
                    DownloadHandler.fromInputStream(e -> new DownloadResponse(
                            new ByteArrayInputStream(logo.content()),
                            "logo",
                            logo.contentType(),
                            logo.content().length)),
                    getTranslation("settings.logo.alt"));
            image.setMaxHeight("4rem");
            logoPreview.add(image);
        }
        removeLogo.setVisible(logo != null);
    }

    void reloadPaymentTerms() {
        PaymentTerm selected = paymentTerm.getValue();
        paymentTerm.setItems(settings.paymentTerms());
        paymentTerm.setValue(selected);
    }

    private void save() {
        if (!binder.writeBeanIfValid(current)) {
            Notifications.error(getTranslation("form.invalid"));
            return;
        }
        try {
            read(settings.save(current));
            Notifications.success(getTranslation("settings.defaults.saved"));
        } catch (OptimisticLockingFailureException e) {
            // Another administrator saved meanwhile: merge theirs (see FormMerge) and save on top of it.
            DefaultsPanel storedCopy = new DefaultsPanel(settings);
            SystemSettings stored = storedCopy.current;
            conflict = merge.resolve(
                    FormMerge.parts(binder),
                    FormMerge.parts(storedCopy.binder),
                    () -> {
                        current = stored;
                        save();
                    },
                    () -> read(stored));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
