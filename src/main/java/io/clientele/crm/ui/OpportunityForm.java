package io.clientele.crm.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.Fields;
import io.clientele.client.Client;
import io.clientele.crm.Opportunity;
import io.clientele.crm.OpportunityStage;
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;

/** The opportunity's fields, buffered: read from a copy, written back only when everything validates. */
class OpportunityForm extends Composite<FormLayout> {

    final TextField companyName = new TextField();
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final ComboBox<LeadSource> leadSource = new ComboBox<>();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final DatePicker inquiryDate = new DatePicker();
    final Select<OpportunityStage> stage = new Select<>();
    final BigDecimalField expectedValue = new BigDecimalField();

    private final BeanValidationBinder<Opportunity> binder = new BeanValidationBinder<>(Opportunity.class);

    OpportunityForm(LeadSourceService leadSources, UserDirectory users) {
        companyName.setId("opportunity-company");
        companyName.setLabel(getTranslation("crm.field.company"));
        Fields.limit(companyName, Opportunity.COMPANY_NAME_MAX);
        companyName.setRequiredIndicatorVisible(true);
        firstName.setId("opportunity-first-name");
        firstName.setLabel(getTranslation("crm.field.first-name"));
        Fields.limit(firstName, Opportunity.FIRST_NAME_MAX);
        lastName.setId("opportunity-last-name");
        lastName.setLabel(getTranslation("crm.field.last-name"));
        Fields.limit(lastName, Opportunity.LAST_NAME_MAX);
        email.setId("opportunity-email");
        email.setLabel(getTranslation("client.field.email"));
        Fields.limit(email, Client.EMAIL_MAX);
        phone.setId("opportunity-phone");
        phone.setLabel(getTranslation("client.field.phone"));
        Fields.limit(phone, Client.PHONE_MAX);
        leadSource.setId("opportunity-lead-source");
        leadSource.setLabel(getTranslation("client.field.lead-source"));
        leadSource.setItems(leadSources.all());
        leadSource.setItemLabelGenerator(LeadSource::getName);
        leadSource.setClearButtonVisible(true);
        owner.setId("opportunity-owner");
        owner.setLabel(getTranslation("client.field.owner"));
        owner.setItems(
                query -> users.staff(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setClearButtonVisible(true);
        inquiryDate.setId("opportunity-inquiry-date");
        inquiryDate.setLabel(getTranslation("client.field.inquiry-date"));
        stage.setId("opportunity-stage");
        stage.setLabel(getTranslation("crm.field.stage"));
        stage.setItems(OpportunityStage.values());
        stage.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        stage.setHelperText(getTranslation("crm.stage.won-hint"));
        expectedValue.setId("opportunity-value");
        expectedValue.setLabel(getTranslation("crm.field.value"));

        binder.forField(companyName).withNullRepresentation("").bind("companyName");
        binder.forField(firstName).withNullRepresentation("").bind("firstName");
        binder.forField(lastName).withNullRepresentation("").bind("lastName");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(leadSource).bind("leadSource");
        binder.forField(owner)
                .withConverter(
                        ref -> ref == null ? null : ref.id(),
                        id -> id == null ? null : users.find(id).orElse(null))
                .bind("ownerId");
        binder.forField(inquiryDate).bind("inquiryDate");
        binder.forField(stage).asRequired().bind("stage");
        binder.forField(expectedValue).bind("expectedValue");

        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(companyName, 2);
        form.add(firstName, lastName, email, phone, leadSource, owner, inquiryDate, expectedValue);
        form.add(stage, 2);
    }

    void read(Opportunity opportunity) {
        binder.readBean(opportunity);
        // A won opportunity stays won; its client is linked for good.
        stage.setReadOnly(opportunity.isConverted());
    }

    Binder<Opportunity> binder() {
        return binder;
    }

    boolean writeIfValid(Opportunity opportunity) {
        return binder.writeBeanIfValid(opportunity);
    }
}
