package io.clientele.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.Fields;
import io.clientele.project.ProjectFilter;
import io.clientele.project.ProjectSort;
import io.clientele.project.TimeEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Log or correct hours on a project. Buffered like the other forms; fires {@link SaveEvent} for its owner. Only
 * administrators pick whom the time is for; everyone else logs their own.
 */
class TimeEntryForm extends Composite<FormLayout> {

    final ComboBox<ProjectChoice> project = new ComboBox<>();
    final ComboBox<UserRef> user = new ComboBox<>();
    final DatePicker date = new DatePicker();
    final BigDecimalField hours = new BigDecimalField();
    final Checkbox billable = new Checkbox();
    final TextArea description = new TextArea();

    private final BeanValidationBinder<TimeEntry> binder = new BeanValidationBinder<>(TimeEntry.class);
    private TimeEntry entry = new TimeEntry();
    private @Nullable ProjectChoice readProject;

    /** {@code clientId}, when given, narrows the projects offered to that client's. */
    TimeEntryForm(ProjectEditors context, @Nullable Long clientId) {
        FormLayout form = getContent();
        form.addClassName("time-entry-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));

        project.setId("time-project");
        project.setLabel(getTranslation("project.time.field.project"));
        project.setItems(query -> context
                .projects
                .list(
                        new ProjectFilter(query.getFilter().orElse(""), clientId),
                        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by(ProjectSort.NAME)))
                .stream()
                .map(row -> new ProjectChoice(row.id(), row.name(), row.clientName())));
        // Within one client's timesheet the client goes without saying.
        project.setItemLabelGenerator(
                clientId != null
                        ? ProjectChoice::name
                        : p -> getTranslation("project.time.project-of-client", p.name(), p.clientName()));

        user.setId("time-user");
        user.setLabel(getTranslation("project.time.field.user"));
        user.setItems(query ->
                context.users.staff(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        user.setItemLabelGenerator(UserRef::displayName);
        user.setReadOnly(!context.isAdmin());

        date.setId("time-date");
        date.setLabel(getTranslation("project.time.field.date"));
        hours.setId("time-hours");
        hours.setLabel(getTranslation("project.time.field.hours"));
        hours.setHelperText(getTranslation("project.time.field.hours.hint"));
        billable.setId("time-billable");
        billable.setLabel(getTranslation("project.time.field.billable"));
        description.setId("time-description");
        description.setLabel(getTranslation("project.time.field.description"));
        Fields.limit(description, TimeEntry.DESCRIPTION_MAX);

        form.add(project, 2);
        form.add(date, hours);
        form.add(user, billable);
        form.add(description, 2);

        binder.forField(project)
                .withConverter(
                        choice -> choice == null ? null : choice.id(),
                        (Long id) -> readProject != null && id != null && readProject.id() == id ? readProject : null)
                .bind("projectId");
        binder.forField(user)
                .withConverter(
                        ref -> ref == null ? null : ref.id(),
                        (Long id) -> id == null ? null : context.users.find(id).orElse(null))
                .bind("userId");
        binder.forField(date).bind("workDate");
        binder.forField(hours).bind("hours");
        binder.forField(billable).bind("billable");
        binder.forField(description).withNullRepresentation("").bind("description");
    }

    /** Shows an entry; {@code currentProject} is its project as the combo box shows it. */
    void read(TimeEntry entry, @Nullable ProjectChoice currentProject, boolean projectLocked) {
        this.entry = entry;
        readProject = currentProject;
        binder.readBean(entry);
        project.setReadOnly(projectLocked);
    }

    /** Writes the fields into the entry and fires a save, or marks the invalid fields and does nothing. */
    boolean writeIfValid() {
        if (binder.writeBeanIfValid(entry)) {
            fireEvent(new SaveEvent(this, entry));
            return true;
        }
        return false;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static class SaveEvent extends ComponentEvent<TimeEntryForm> {

        private final TimeEntry entry;

        SaveEvent(TimeEntryForm source, TimeEntry entry) {
            super(source, false);
            this.entry = entry;
        }

        TimeEntry getEntry() {
            return entry;
        }
    }
}
