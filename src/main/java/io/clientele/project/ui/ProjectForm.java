package io.clientele.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.Fields;
import io.clientele.client.ClientFilter;
import io.clientele.client.ClientSort;
import io.clientele.project.BillingMethod;
import io.clientele.project.Project;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Create and edit a project. Buffered: fields are read from the project and written back only when everything
 * validates; the form never calls a service to save, it fires {@link SaveEvent} for its owner.
 */
class ProjectForm extends Composite<FormLayout> {

    final TextField name = new TextField();
    final ComboBox<ClientChoice> client = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker due = new DatePicker();
    final MultiSelectComboBox<UserRef> members = new MultiSelectComboBox<>();
    final RadioButtonGroup<BillingMethod> billingMethod = new RadioButtonGroup<>();
    final BigDecimalField hourlyRate = new BigDecimalField();
    final BigDecimalField fixedCost = new BigDecimalField();
    final TextArea description = new TextArea();

    private final Span rateCurrency = new Span();
    private final Span fixedCurrency = new Span();
    private final BeanValidationBinder<Project> binder = new BeanValidationBinder<>(Project.class);
    private final Binder.Binding<Project, LocalDate> dueBinding;
    private Project project = new Project();
    private @Nullable ClientChoice readClient;

    ProjectForm(ProjectEditors context) {
        FormLayout form = getContent();
        form.addClassName("project-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));

        name.setId("project-name");
        name.setLabel(getTranslation("project.field.name"));
        Fields.limit(name, Project.NAME_MAX);
        name.setRequiredIndicatorVisible(true);

        client.setId("project-client");
        client.setLabel(getTranslation("project.field.client"));
        client.setItems(query -> context
                .clients
                .list(
                        ClientFilter.live(query.getFilter().orElse("")),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(ClientSort.NAME)))
                .stream()
                .map(row -> new ClientChoice(row.id(), row.name(), row.currency())));
        client.setItemLabelGenerator(ClientChoice::name);
        client.addValueChangeListener(e -> showCurrency(e.getValue()));

        start.setId("project-start");
        start.setLabel(getTranslation("project.field.start"));
        due.setId("project-due");
        due.setLabel(getTranslation("project.field.due"));
        due.setClearButtonVisible(true);
        // A start after the chosen due date makes the due date wrong, so say so there at once. (No setMin on the
        // due date: the picker's own min check would answer first, with an empty message.)
        start.addValueChangeListener(e -> {
            if (due.getValue() != null) {
                validateDue();
            }
        });

        members.setId("project-members");
        members.setLabel(getTranslation("project.field.members"));
        members.setItems(query ->
                context.users.staff(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        members.setItemLabelGenerator(UserRef::displayName);

        billingMethod.setId("project-billing-method");
        billingMethod.setLabel(getTranslation("project.field.billing-method"));
        billingMethod.setItems(BillingMethod.values());
        billingMethod.setItemLabelGenerator(m -> ProjectFormat.billingMethod(this, m));
        billingMethod.addValueChangeListener(e -> {
            // The amount the other method would use is cleared: a hidden, forgotten value must not block saving.
            if (e.isFromClient()) {
                (e.getValue() == BillingMethod.HOURLY ? fixedCost : hourlyRate).clear();
            }
            showAmountFor(e.getValue());
        });

        hourlyRate.setId("project-hourly-rate");
        hourlyRate.setLabel(getTranslation("project.field.hourly-rate"));
        hourlyRate.setSuffixComponent(rateCurrency);
        hourlyRate.setRequiredIndicatorVisible(true);
        fixedCost.setId("project-fixed-cost");
        fixedCost.setLabel(getTranslation("project.field.fixed-cost"));
        fixedCost.setSuffixComponent(fixedCurrency);
        fixedCost.setRequiredIndicatorVisible(true);

        description.setId("project-description");
        description.setLabel(getTranslation("project.field.description"));
        Fields.limit(description, Project.DESCRIPTION_MAX);

        form.add(name, client);
        form.add(start, due);
        form.add(billingMethod, 2);
        form.add(hourlyRate, fixedCost);
        form.add(members, 2);
        form.add(description, 2);

        binder.forField(name).withNullRepresentation("").bind("name");
        binder.forField(client)
                .withConverter(
                        choice -> choice == null ? null : choice.id(),
                        (Long id) -> readClient != null && id != null && readClient.id() == id ? readClient : null)
                .bind("clientId");
        binder.forField(start).bind("startDate");
        dueBinding = binder.forField(due)
                .withValidator(
                        d -> d == null || start.getValue() == null || !d.isBefore(start.getValue()),
                        getTranslation("project.due.before-start"))
                .bind("dueDate");
        binder.forField(billingMethod)
                .asRequired(getTranslation("project.billing-method.required"))
                .bind("billingMethod");
        binder.forField(hourlyRate)
                .withValidator(
                        rate -> billingMethod.getValue() != BillingMethod.HOURLY || rate != null,
                        getTranslation("project.rate.required"))
                .bind("hourlyRate");
        binder.forField(fixedCost)
                .withValidator(
                        cost -> billingMethod.getValue() != BillingMethod.FIXED || cost != null,
                        getTranslation("project.fixed-cost.required"))
                .bind("fixedCost");
        binder.forField(members)
                .withConverter(
                        refs -> refs.stream().map(UserRef::id).collect(Collectors.toSet()),
                        (Set<Long> ids) -> new HashSet<>(context.users.find(ids)))
                .bind("memberIds");
        binder.forField(description).withNullRepresentation("").bind("description");
    }

    private void validateDue() {
        dueBinding.validate();
    }

    /**
     * Shows a project; the copy it was read from is only written to by {@link #writeIfValid()}. The client is given
     * separately because the project holds only its id.
     */
    void read(Project project, @Nullable ClientChoice currentClient, boolean clientLocked) {
        this.project = project;
        // Before readBean: the client converter maps the stored id back to this choice.
        readClient = currentClient;
        binder.readBean(project);
        client.setReadOnly(clientLocked);
        showAmountFor(project.getBillingMethod());
        showCurrency(currentClient);
    }

    /** Writes the fields into the project and fires a save, or marks the invalid fields and does nothing. */
    boolean writeIfValid() {
        if (binder.writeBeanIfValid(project)) {
            fireEvent(new SaveEvent(this, project));
            return true;
        }
        return false;
    }

    private void showAmountFor(@Nullable BillingMethod method) {
        hourlyRate.setVisible(method != BillingMethod.FIXED);
        fixedCost.setVisible(method == BillingMethod.FIXED);
    }

    private void showCurrency(@Nullable ClientChoice choice) {
        String code = choice == null ? "" : choice.currency();
        rateCurrency.setText(code);
        fixedCurrency.setText(code);
        hourlyRate.setHelperText(choice == null ? null : getTranslation("project.field.hourly-rate.hint", code));
    }

    Binder<Project> binder() {
        return binder;
    }

    /** Makes the next {@link #writeIfValid()} write the fields as they are into a fresher copy of the project. */
    void rebase(Project fresh) {
        this.project = fresh;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<ProjectForm> {

        private final Project project;

        SaveEvent(ProjectForm source, Project project) {
            super(source, false);
            this.project = project;
        }

        Project getProject() {
            return project;
        }
    }
}
