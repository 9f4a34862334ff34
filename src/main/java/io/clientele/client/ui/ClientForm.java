package io.clientele.client.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.AppLanguages;
import io.clientele.base.ui.ById;
import io.clientele.base.ui.Fields;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.ClientGroup;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.EInvoiceFormat;
import io.clientele.settings.AddressFormat;
import io.clientele.settings.LeadSource;
import io.clientele.settings.PaymentTerm;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/**
 * Create and edit a client. Buffered: fields are read from a copy and written back only when everything validates;
 * the form never calls a service to save, it fires {@link SaveEvent} for its owner.
 */
class ClientForm extends Composite<FormLayout> {

    final RadioButtonGroup<ClientType> type = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final ComboBox<Client> company = new ComboBox<>();
    /** Issue 22: the parent company of a company. */
    final ComboBox<Client> parent = new ComboBox<>();
    // A plain text field: EmailField's own browser check would answer with its own, untranslated message.
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField mobile = new TextField();
    final TextField website = new TextField();
    final TextField taxId = new TextField();
    final Checkbox active = new Checkbox();
    final Checkbox shippingSame = new Checkbox();
    final TextArea notes = new TextArea();
    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<PaymentTerm> paymentTerm = new ComboBox<>();
    final Select<String> language = new Select<>();
    final MultiSelectComboBox<ClientGroup> groups = new MultiSelectComboBox<>();
    final TagField tags;
    final ComboBox<UserRef> owner = new ComboBox<>();
    final MultiSelectComboBox<UserRef> assignedStaff = new MultiSelectComboBox<>();
    final AddressFields billing;
    final AddressFields shipping;
    final ClientFieldInputs inputs;
    final DuplicateWarning duplicates;
    final ComboBox<LeadSource> leadSource;
    final DatePicker inquiryDate;
    final DatePicker finalizedDate;
    final TextField designation;
    final TextField communicationId;
    final TextField alternateEmail;
    final Select<EInvoiceFormat> einvoiceFormat = new Select<>();
    final TextField endpointId = new TextField();
    final TextField endpointScheme = new TextField();
    final TextField buyerReference = new TextField();
    final TextField countrySubdivision = new TextField();
    // Custom fields (issue 22).
    final CustomFieldInputs customFields;

    private final BeanValidationBinder<Client> binder = new BeanValidationBinder<>(Client.class);
    private Client client = new Client();

    ClientForm(ClientEditors context, Client initial) {
        ClientService clients = context.clients;
        // Read per form: an administrator's change of the format applies to the next form opened, no restart.
        AddressFormat addressFormat = context.settings.addressFormat();
        FormLayout form = getContent();
        form.addClassName("client-form");
        inputs = context.fieldInputs(binder, "client");
        // Issue 22: tags typed with completion, new ones stored with the client.
        tags = new TagField(context.tags, true);
        tags.setId("client-tags");
        tags.setLabel(getTranslation("client.tags.field"));
        binder.forField(tags).bind("tags");
        customFields = context.customFieldInputs(getLocale(), "client", key -> getTranslation(key));
        duplicates = new DuplicateWarning(clients, "client-duplicates");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        type.setLabel(getTranslation("client.field.type"));
        type.setItems(ClientType.values());
        type.setItemLabelGenerator(t -> getTranslation("client.type." + t.name()));
        type.setId("client-type");
        name.setLabel(getTranslation("client.field.name"));
        name.setId("client-name");
        Fields.limit(name, Client.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        company.setLabel(getTranslation("client.field.company"));
        company.setId("client-company");
        company.setItemLabelGenerator(Client::getName);
        company.setItems(
                query -> clients
                        .companies(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        company.setClearButtonVisible(true);
        // Issue 22: never the client itself nor one of its subsidiaries (the service refuses those too).
        parent.setLabel(getTranslation("client.field.parent"));
        parent.setId("client-parent");
        parent.setItemLabelGenerator(Client::getName);
        Long selfId = initial.getId();
        parent.setItems(query -> context
                .parents
                .candidates(selfId, query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        parent.setClearButtonVisible(true);
        email.setLabel(getTranslation("client.field.email"));
        email.setId("client-email");
        Fields.limit(email, Client.EMAIL_MAX);
        phone.setLabel(getTranslation("client.field.phone"));
        phone.setId("client-phone");
        Fields.limit(phone, Client.PHONE_MAX);
        mobile.setLabel(getTranslation("client.field.mobile"));
        mobile.setId("client-mobile");
        Fields.limit(mobile, Client.PHONE_MAX);
        website.setLabel(getTranslation("client.field.website"));
        website.setId("client-website");
        Fields.limit(website, Client.WEBSITE_MAX);
        taxId.setLabel(getTranslation("client.field.tax-id"));
        taxId.setId("client-tax-id");
        Fields.limit(taxId, Client.TAX_ID_MAX);
        active.setLabel(getTranslation("client.field.active"));
        active.setId("client-active");
        notes.setLabel(getTranslation("client.field.notes"));
        notes.setId("client-notes");
        Fields.limit(notes, Client.NOTES_MAX);
        shippingSame.setLabel(getTranslation("client.field.shipping-same"));
        shippingSame.setId("client-shipping-same");

        configureLocalization(context, initial);
        configureResponsibility(context);
        leadSource = inputs.createLeadSource();
        inquiryDate = inputs.createDate(ClientField.INQUIRY_DATE);
        finalizedDate = inputs.createDate(ClientField.FINALIZED_DATE);
        designation = inputs.createText(ClientField.DESIGNATION);
        communicationId = inputs.createText(ClientField.COMMUNICATION_ID);
        alternateEmail = inputs.createText(ClientField.ALTERNATE_EMAIL);

        billing = new AddressFields("billing", addressFormat, binder, Client::getBillingAddress);
        shipping = new AddressFields("shipping", addressFormat, binder, Client::getShippingAddress);

        form.add(type, 2);
        if (initial.isNew()) {
            // Only while creating: an existing client would always match itself.
            form.add(duplicates, 2);
            name.addValueChangeListener(e -> checkDuplicates());
            email.addValueChangeListener(e -> checkDuplicates());
            taxId.addValueChangeListener(e -> checkDuplicates());
        }
        form.add(name, company);
        form.add(parent, 2);
        form.add(email, website);
        form.add(phone, mobile);
        form.add(taxId, active);
        form.add(new H4(getTranslation("client.section.localization")), 2);
        form.add(currency, paymentTerm);
        form.add(language, groups);
        form.add(tags, 2);
        form.add(new H4(getTranslation("client.section.responsibility")), 2);
        form.add(owner, assignedStaff);
        form.add(new H4(getTranslation("client.section.crm")), 2);
        form.add(leadSource, designation);
        form.add(inquiryDate, finalizedDate);
        form.add(alternateEmail, communicationId);
        configureEInvoice();
        form.add(new H4(getTranslation("einvoice.client.section")), 2);
        form.add(einvoiceFormat, buyerReference);
        form.add(endpointId, endpointScheme);
        form.add(countrySubdivision, 2);
        form.add(new H4(getTranslation("client.section.billing-address")), 2);
        form.add(billing, 2);
        form.add(shippingSame, 2);
        form.add(shipping, 2);
        form.add(notes, 2);
        // Custom fields (issue 22), in the administrator's order.
        if (!customFields.isEmpty()) {
            form.add(new H4(getTranslation("customfield.form.section")), 2);
            customFields.components().forEach(form::add);
        }

        binder.forField(type).asRequired().bind("type");
        binder.forField(name).withNullRepresentation("").bind("name");
        binder.forField(company).bind("company");
        binder.forField(parent).bind("parent");
        inputs.rule(ClientField.EMAIL, email, binder.forField(email))
                .withNullRepresentation("")
                .bind("email");
        inputs.rule(ClientField.PHONE, phone, binder.forField(phone))
                .withNullRepresentation("")
                .bind("phone");
        inputs.rule(ClientField.MOBILE, mobile, binder.forField(mobile))
                .withNullRepresentation("")
                .bind("mobile");
        inputs.rule(ClientField.WEBSITE, website, binder.forField(website))
                .withNullRepresentation("")
                .bind("website");
        inputs.rule(ClientField.TAX_ID, taxId, binder.forField(taxId))
                .withNullRepresentation("")
                .bind("taxId");
        binder.forField(active).bind("active");
        binder.forField(shippingSame).bind("shippingSameAsBilling");
        binder.forField(notes).withNullRepresentation("").bind("notes");

        type.addValueChangeListener(e -> company.setVisible(e.getValue() == ClientType.INDIVIDUAL));
        type.addValueChangeListener(e -> {
            parent.setVisible(e.getValue() == ClientType.COMPANY);
            if (e.getValue() != ClientType.COMPANY) {
                parent.clear();
            }
        });
        shippingSame.addValueChangeListener(e -> shipping.setVisible(!Boolean.TRUE.equals(e.getValue())));
    }

    private void configureLocalization(ClientEditors context, Client initial) {
        Locale locale = getLocale();
        currency.setId("client-currency");
        currency.setLabel(getTranslation("client.field.currency"));
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList());
        currency.setItemLabelGenerator(
                code -> code + " \u2013 " + Currency.getInstance(code).getDisplayName(locale));
        currency.setRequiredIndicatorVisible(true);
        if (!initial.isNew() && context.clients.isCurrencyLocked(initial.getId())) {
            // The service refuses a change anyway; saying so here saves the user a failed save.
            currency.setReadOnly(true);
            currency.setHelperText(getTranslation("client.currency.locked.hint"));
        }
        binder.forField(currency)
                .asRequired(getTranslation("client.currency.required"))
                .bind("currency");

        paymentTerm.setId("client-payment-terms");
        paymentTerm.setLabel(getTranslation("client.field.payment-terms"));
        List<PaymentTerm> terms = context.settings.paymentTerms();
        paymentTerm.setItems(terms);
        paymentTerm.setItemLabelGenerator(t -> getTranslation("client.payment-terms.label", t.getName(), t.getDays()));
        binder.forField(paymentTerm)
                .withConverter(ById.of(terms))
                .bind(Client::getPaymentTermId, Client::setPaymentTermId);

        language.setId("client-language");
        language.setLabel(getTranslation("client.field.language"));
        language.setItems(AppLanguages.CODES);
        language.setItemLabelGenerator(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale));
        binder.forField(language).asRequired().bind("language");

        groups.setId("client-groups");
        groups.setLabel(getTranslation("client.field.groups"));
        groups.setItems(context.groups.all());
        groups.setItemLabelGenerator(ClientGroup::getName);
        binder.forField(groups).bind("groups");
    }

    /** What EN 16931 e-invoices need of the buyer, and the format the client receives invoices in. */
    private void configureEInvoice() {
        einvoiceFormat.setId("client-einvoice-format");
        einvoiceFormat.setLabel(getTranslation("einvoice.client.format"));
        einvoiceFormat.setItems(EInvoiceFormat.values());
        einvoiceFormat.setItemLabelGenerator(f -> getTranslation("einvoice.format." + f.name()));
        binder.forField(einvoiceFormat).asRequired().bind("einvoiceFormat");
        buyerReference.setId("client-buyer-reference");
        buyerReference.setLabel(getTranslation("einvoice.client.buyer-reference"));
        buyerReference.setHelperText(getTranslation("einvoice.client.buyer-reference.help"));
        Fields.limit(buyerReference, Client.BUYER_REFERENCE_MAX);
        binder.forField(buyerReference)
                .withNullRepresentation("")
                // XRechnung: BR-DE-15, the buyer reference (Leitweg-ID) is mandatory; say so here, not at first issue.
                .withValidator(
                        v -> einvoiceFormat.getValue() != EInvoiceFormat.XRECHNUNG || (v != null && !v.isBlank()),
                        getTranslation("einvoice.client.buyer-reference.required"))
                .bind("buyerReference");
        endpointId.setId("client-endpoint-id");
        endpointId.setLabel(getTranslation("einvoice.client.endpoint-id"));
        Fields.limit(endpointId, Client.ENDPOINT_ID_MAX);
        binder.forField(endpointId).withNullRepresentation("").bind("endpointId");
        endpointScheme.setId("client-endpoint-scheme");
        endpointScheme.setLabel(getTranslation("einvoice.client.endpoint-scheme"));
        endpointScheme.setHelperText(getTranslation("einvoice.settings.endpoint-scheme.help"));
        Fields.limit(endpointScheme, Client.ENDPOINT_SCHEME_MAX);
        binder.forField(endpointScheme).withNullRepresentation("").bind("endpointScheme");
        countrySubdivision.setId("client-country-subdivision");
        countrySubdivision.setLabel(getTranslation("einvoice.client.country-subdivision"));
        countrySubdivision.setHelperText(getTranslation("einvoice.client.country-subdivision.help"));
        Fields.limit(countrySubdivision, Client.SUBDIVISION_MAX);
        binder.forField(countrySubdivision).withNullRepresentation("").bind("countrySubdivision");
    }

    private void configureResponsibility(ClientEditors context) {
        owner.setId("client-owner");
        owner.setLabel(getTranslation("client.field.owner"));
        owner.setItems(query ->
                context.users.staff(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setClearButtonVisible(true);
        inputs.rule(ClientField.OWNER, owner, binder.forField(owner))
                .withConverter(
                        ref -> ref == null ? null : ref.id(),
                        id -> id == null ? null : context.users.find(id).orElse(null))
                .bind("ownerId");

        assignedStaff.setId("client-assigned-staff");
        assignedStaff.setLabel(getTranslation("client.field.assigned-staff"));
        assignedStaff.setItems(query ->
                context.users.staff(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        assignedStaff.setItemLabelGenerator(UserRef::displayName);
        binder.forField(assignedStaff)
                .withConverter(
                        refs -> refs.stream().map(UserRef::id).collect(Collectors.toSet()),
                        (Set<Long> ids) -> new HashSet<>(context.users.find(ids)))
                .bind("assignedStaffIds");
    }

    private void checkDuplicates() {
        duplicates.check(email.getValue(), taxId.getValue(), name.getValue());
    }

    /** Shows a client; the copy it was read from is only written to by {@link #writeIfValid()}. */
    void read(Client client) {
        this.client = client;
        binder.readBean(client);
        billing.read(client.getBillingAddress());
        shipping.read(client.getShippingAddress());
        company.setVisible(client.getType() == ClientType.INDIVIDUAL);
        parent.setVisible(client.getType() == ClientType.COMPANY);
        shipping.setVisible(!client.isShippingSameAsBilling());
        customFields.read(client.getCustomValues());
    }

    /** Writes the fields into the client and fires a save, or marks the invalid fields and does nothing. */
    boolean writeIfValid() {
        // Both checked, so every refused input shows its message at once.
        boolean valid = binder.writeBeanIfValid(client);
        Map<Long, Object> custom = customFields.writeIfValid((key, arguments) -> getTranslation(key, arguments));
        if (valid && custom != null) {
            client.setCustomValues(custom);
            fireEvent(new SaveEvent(this, client));
            return true;
        }
        return false;
    }

    boolean hasChanges() {
        return binder.hasChanges() || customFields.hasChanges();
    }

    /** The binder, for comparing this form's fields with a copy that read the stored client. */
    Binder<Client> binder() {
        return binder;
    }

    /** Makes the next {@link #writeIfValid()} write the fields as they are into a fresher copy of the client. */
    void rebase(Client fresh) {
        this.client = fresh;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ClientForm> {

        private final Client client;

        SaveEvent(ClientForm source, Client client) {
            super(source, false);
            this.client = client;
        }

        Client getClient() {
            return client;
        }
    }
}
