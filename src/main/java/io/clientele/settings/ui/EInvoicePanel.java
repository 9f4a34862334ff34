package io.clientele.settings.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import io.clientele.base.domain.RuleViolationException;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.Notifications;
import io.clientele.settings.SettingsService;
import io.clientele.settings.SystemSettings;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The company details EN 16931 e-invoices need beyond what the PDF prints: VAT ID and tax number, structured address,
 * contact, electronic address and bank account. Saved onto the freshest settings row, so saving the Defaults tab in
 * between causes no conflict; only a change to these same fields by someone else does.
 */
class EInvoicePanel extends Composite<VerticalLayout> {

    final TextField vatId = field("company-vat-id", "einvoice.settings.vat-id", SystemSettings.VAT_ID_MAX);
    final TextField taxNumber = field("company-tax-number", "einvoice.settings.tax-number", SystemSettings.VAT_ID_MAX);
    final TextField street = field("company-street", "einvoice.settings.street", SystemSettings.STREET_MAX);
    final TextField postalCode =
            field("company-postal-code", "einvoice.settings.postal-code", SystemSettings.POSTAL_CODE_MAX);
    final TextField city = field("company-city", "einvoice.settings.city", SystemSettings.CITY_MAX);
    final TextField country = field("company-country", "einvoice.settings.country", 2);
    final TextField contactName =
            field("company-contact-name", "einvoice.settings.contact-name", SystemSettings.CONTACT_MAX);
    final TextField phone = field("company-phone", "einvoice.settings.phone", SystemSettings.PHONE_MAX);
    final TextField email = field("company-email", "einvoice.settings.email", SystemSettings.EMAIL_MAX);
    final TextField endpointId =
            field("company-endpoint-id", "einvoice.settings.endpoint-id", SystemSettings.ENDPOINT_ID_MAX);
    final TextField endpointScheme = field("company-endpoint-scheme", "einvoice.settings.endpoint-scheme", 4);
    final TextField iban = field("company-iban", "einvoice.settings.iban", 42);
    final TextField bic = field("company-bic", "einvoice.settings.bic", 11);
    final Button save = new Button();

    /** The fields this panel owns, for telling whether someone else changed them meanwhile. */
    private static final List<Function<SystemSettings, Object>> OWN = List.of(
            SystemSettings::getCompanyVatId,
            SystemSettings::getCompanyTaxNumber,
            SystemSettings::getCompanyStreet,
            SystemSettings::getCompanyPostalCode,
            SystemSettings::getCompanyCity,
            SystemSettings::getCompanyCountry,
            SystemSettings::getCompanyContactName,
            SystemSettings::getCompanyPhone,
            SystemSettings::getCompanyEmail,
            SystemSettings::getCompanyEndpointId,
            SystemSettings::getCompanyEndpointScheme,
            SystemSettings::getCompanyIban,
            SystemSettings::getCompanyBic);

    private final SettingsService settings;
    private final BeanValidationBinder<SystemSettings> binder = new BeanValidationBinder<>(SystemSettings.class);
    private List<Object> opened = List.of();

    EInvoicePanel(SettingsService settings) {
        this.settings = settings;
        bind(vatId, "companyVatId");
        bind(taxNumber, "companyTaxNumber");
        bind(street, "companyStreet");
        bind(postalCode, "companyPostalCode");
        bind(city, "companyCity");
        bind(country, "companyCountry");
        bind(contactName, "companyContactName");
        bind(phone, "companyPhone");
        bind(email, "companyEmail");
        bind(endpointId, "companyEndpointId");
        bind(endpointScheme, "companyEndpointScheme");
        bind(iban, "companyIban");
        bind(bic, "companyBic");
        vatId.setHelperText(getTranslation("einvoice.settings.vat-id.help"));
        country.setHelperText(getTranslation("einvoice.settings.country.help"));
        endpointScheme.setHelperText(getTranslation("einvoice.settings.endpoint-scheme.help"));
        save.setId("einvoice-settings-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());

        FormLayout form = new FormLayout(vatId, taxNumber);
        form.add(new H4(getTranslation("einvoice.settings.address")), 2);
        form.add(street, 2);
        form.add(postalCode, city, country);
        form.add(new H4(getTranslation("einvoice.settings.contact")), 2);
        form.add(contactName, phone, email);
        form.add(new H4(getTranslation("einvoice.settings.electronic-address")), 2);
        form.add(endpointId, endpointScheme);
        form.add(new H4(getTranslation("einvoice.settings.bank")), 2);
        form.add(iban, bic);
        form.setMaxWidth("48rem");
        getContent().add(new Paragraph(getTranslation("einvoice.settings.intro")), form, save);
        read(settings.get());
    }

    private TextField field(String id, String labelKey, int max) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        Fields.limit(field, max);
        return field;
    }

    private void bind(TextField field, String property) {
        binder.forField(field).withNullRepresentation("").bind(property);
    }

    private void read(SystemSettings shown) {
        binder.readBean(shown);
        opened = OWN.stream()
                .map(f -> (Object) Objects.toString(f.apply(shown), ""))
                .toList();
    }

    private void save() {
        if (!binder.validate().isOk()) {
            Notifications.error(getTranslation("form.invalid"));
            return;
        }
        SystemSettings fresh = settings.get();
        List<Object> stored = OWN.stream()
                .map(f -> (Object) Objects.toString(f.apply(fresh), ""))
                .toList();
        if (!stored.equals(opened)) {
            // Someone changed these very fields since this tab was opened: show theirs rather than overwrite them.
            read(fresh);
            Notifications.error(getTranslation("einvoice.settings.conflict"));
            return;
        }
        try {
            binder.writeBeanIfValid(fresh);
            read(settings.save(fresh));
            Notifications.success(getTranslation("einvoice.settings.saved"));
        } catch (OptimisticLockingFailureException e) {
            read(settings.get());
            Notifications.error(getTranslation("einvoice.settings.conflict"));
        } catch (RuleViolationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
    }
}
