package io.clientele.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.AppLanguages;
import io.clientele.base.ui.Notifications;
import io.clientele.settings.PaymentTerm;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import java.util.Currency;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;

/** The defaults every new client takes: currency, payment terms and language. */
class DefaultsPanel extends Composite<VerticalLayout> {

    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<PaymentTerm> paymentTerm = new ComboBox<>();
    final Select<String> language = new Select<>();
    final TextField invoicePattern = new TextField();
    final TextField quotePattern = new TextField();
    final TextField companyName = new TextField();
    final TextArea companyAddress = new TextArea();
    final Checkbox pdfInClientLanguage = new Checkbox();
    final Button save = new Button();

    private final SettingsService settings;
    private final BeanValidationBinder<SystemSettings> binder = new BeanValidationBinder<>(SystemSettings.class);
    private SystemSettings current;

    DefaultsPanel(SettingsService settings) {
        this.settings = settings;
        Locale locale = getLocale();
        currency.setId("default-currency");
        currency.setLabel(getTranslation("client.field.currency"));
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setItemLabelGenerator(code -> code + " \u2013 " + Currency.getInstance(code).getDisplayName(locale));
        paymentTerm.setId("default-payment-terms");
        paymentTerm.setLabel(getTranslation("client.field.payment-terms"));
        paymentTerm.setItemLabelGenerator(t -> getTranslation("client.payment-terms.label", t.getName(), t.getDays()));
        language.setId("default-language");
        language.setLabel(getTranslation("client.field.language"));
        language.setItems(AppLanguages.CODES);
        language.setItemLabelGenerator(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale));
        binder.forField(currency).asRequired(getTranslation("client.currency.required")).bind("defaultCurrency");
        binder.forField(paymentTerm).bind("defaultPaymentTerm");
        binder.forField(language).asRequired().bind("defaultLanguage");
        invoicePattern.setId("invoice-number-pattern");
        invoicePattern.setLabel(getTranslation("settings.invoice-number-pattern"));
        invoicePattern.setHelperText(getTranslation("settings.number-pattern.help"));
        invoicePattern.setMaxLength(40);
        quotePattern.setId("quote-number-pattern");
        quotePattern.setLabel(getTranslation("settings.quote-number-pattern"));
        quotePattern.setHelperText(getTranslation("settings.number-pattern.help"));
        quotePattern.setMaxLength(40);
        binder.forField(invoicePattern).bind("invoiceNumberPattern");
        binder.forField(quotePattern).bind("quoteNumberPattern");
        companyName.setId("company-name");
        companyName.setLabel(getTranslation("billing.pdf.settings.company-name"));
        companyName.setMaxLength(SystemSettings.COMPANY_NAME_MAX);
        companyAddress.setId("company-address");
        companyAddress.setLabel(getTranslation("billing.pdf.settings.company-address"));
        companyAddress.setMaxLength(SystemSettings.COMPANY_ADDRESS_MAX);
        pdfInClientLanguage.setId("pdf-in-client-language");
        pdfInClientLanguage.setLabel(getTranslation("billing.pdf.settings.client-language"));
        binder.forField(companyName).withNullRepresentation("").bind("companyName");
        binder.forField(companyAddress).withNullRepresentation("").bind("companyAddress");
        binder.forField(pdfInClientLanguage).bind("pdfInClientLanguage");

        save.setId("defaults-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());

        FormLayout form = new FormLayout(currency, paymentTerm, language, new com.vaadin.flow.component.html.Div(),
                invoicePattern, quotePattern, companyName, companyAddress, pdfInClientLanguage);
        form.setMaxWidth("48rem");
        getContent().add(new Paragraph(getTranslation("settings.defaults.intro")), form, save);
        current = settings.get();
        reloadPaymentTerms();
        binder.readBean(current);
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
            current = settings.save(current);
            binder.readBean(current);
            Notifications.success(getTranslation("settings.defaults.saved"));
        } catch (OptimisticLockingFailureException e) {
            Notifications.error(getTranslation("settings.conflict"));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
