package io.clientele.contact.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import io.clientele.base.ui.Fields;
import io.clientele.base.ui.FormKeys;
import io.clientele.base.ui.FormMerge;
import io.clientele.base.ui.Notifications;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFields;
import io.clientele.client.ui.CustomFieldInputs;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactSummary;
import io.clientele.contact.RecipientRole;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;

/**
 * Create or edit one contact. Buffered: the fields are written into the contact only when everything validates, and
 * the dialog then fires a {@link SaveEvent}; its owner calls the service and closes it, or leaves it open with the
 * user's input when the save fails. While the user has not typed a name of their own, Name follows first and last
 * name. The administrator's contact fields (issue 22) follow the fixed ones, checked as the service checks them.
 */
class ContactDialog extends Dialog {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField name = new TextField();
    final TextField title = new TextField();
    // A plain text field: EmailField's own browser check would answer with its own, untranslated message.
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final TextField mobile = new TextField();
    final ComboBox<Client> individual = new ComboBox<>();
    final Checkbox primary = new Checkbox();
    final Checkbox optIn = new Checkbox();
    final Checkbox receivesStatements = new Checkbox();
    final RadioButtonGroup<RecipientRole> defaultRole = new RadioButtonGroup<>();
    final TextArea notes = new TextArea();
    final CustomFieldInputs customFields;
    final Button save = new Button();
    final Button cancel = new Button();

    private final BeanValidationBinder<Contact> binder = new BeanValidationBinder<>(Contact.class);
    private Contact contact;
    private boolean automaticName;
    /** What the fields showed when the contact was read: the base a save conflict is measured against. */
    final FormMerge merge = new FormMerge();

    /**
     * @param contact a new contact from {@code ContactService.newContact} or a stored one from
     *         {@code ContactService.get}; written to only when the user saves
     * @param summary the client's contacts now, to explain when the primary box cannot be changed
     * @param customFields the contact fields' definitions; the contact's values are in its {@code getCustomValues()}
     */
    ContactDialog(Contact contact, ContactSummary summary, ClientService clients, CustomFields customFields) {
        this.contact = contact;
        Client client = contact.getClient();
        setId("contact-dialog");
        setHeaderTitle(
                contact.isNew()
                        ? getTranslation("contact.dialog.new", client.getName())
                        : getTranslation("contact.dialog.edit", contact.getName()));
        setWidth("min(48rem, 95vw)");
        setCloseOnOutsideClick(false);

        text(firstName, "contact-first-name", "contact.field.first-name", Contact.FIRST_NAME_MAX);
        text(lastName, "contact-last-name", "contact.field.last-name", Contact.LAST_NAME_MAX);
        text(name, "contact-name", "contact.field.name", Contact.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("contact.field.name.helper"));
        text(title, "contact-title", "contact.field.title", Contact.TITLE_MAX);
        text(email, "contact-email", "contact.field.email", Contact.EMAIL_MAX);
        text(phone, "contact-phone", "contact.field.phone", Contact.PHONE_MAX);
        text(mobile, "contact-mobile", "contact.field.mobile", Contact.PHONE_MAX);
        notes.setId("contact-notes");
        notes.setLabel(getTranslation("contact.field.notes"));
        Fields.limit(notes, Contact.NOTES_MAX);

        individual.setId("contact-individual");
        individual.setLabel(getTranslation("contact.field.individual"));
        individual.setHelperText(getTranslation("contact.field.individual.helper"));
        individual.setItemLabelGenerator(Client::getName);
        individual.setItems(
                query -> clients
                        .individuals(query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        individual.setClearButtonVisible(true);
        // Individuals can be contacts of companies; a person's own contacts are not people-clients.
        individual.setVisible(client.getType() == ClientType.COMPANY);

        primary.setId("contact-primary");
        primary.setLabel(getTranslation("contact.field.primary"));
        optIn.setId("contact-opt-in");
        optIn.setLabel(getTranslation("contact.field.opt-in"));
        optIn.setHelperText(ContactFormat.consent(contact));
        receivesStatements.setId("contact-receives-statements");
        receivesStatements.setLabel(getTranslation("contact.field.receives-statements"));
        receivesStatements.setHelperText(getTranslation("contact.field.receives-statements.helper"));
        defaultRole.setId("contact-default-role");
        defaultRole.setLabel(getTranslation("contact.field.default-role"));
        defaultRole.setItems(RecipientRole.values());
        defaultRole.setItemLabelGenerator(ContactFormat::roleLabel);

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(firstName, lastName);
        form.add(name, title);
        form.add(email, individual);
        form.add(phone, mobile);
        form.add(primary, optIn);
        form.add(receivesStatements, 2);
        form.add(defaultRole, 2);
        form.add(notes, 2);
        this.customFields = new CustomFieldInputs(
                customFields.fields(CustomFieldOwner.CONTACT),
                customFields,
                getLocale(),
                "contact",
                this::getTranslation);
        if (!this.customFields.isEmpty()) {
            form.add(new H4(getTranslation("customfield.form.section")), 2);
            this.customFields.components().forEach(form::add);
        }
        add(form);

        binder.forField(firstName).withNullRepresentation("").bind("firstName");
        binder.forField(lastName).withNullRepresentation("").bind("lastName");
        binder.forField(name).withNullRepresentation("").bind("name");
        binder.forField(title).withNullRepresentation("").bind("title");
        binder.forField(email).withNullRepresentation("").bind("email");
        binder.forField(phone).withNullRepresentation("").bind("phone");
        binder.forField(mobile).withNullRepresentation("").bind("mobile");
        binder.forField(individual).bind("individual");
        binder.forField(primary).bind("primary");
        binder.forField(optIn).bind("optIn");
        binder.forField(receivesStatements).bind("receivesStatements");
        binder.forField(defaultRole).asRequired().bind("defaultRole");
        binder.forField(notes).withNullRepresentation("").bind("notes");
        binder.readBean(contact);
        this.customFields.read(contact.getCustomValues());
        merge.opened(FormMerge.parts(binder));
        automaticName = contact.hasAutomaticName();
        explainPrimary(contact, summary);

        firstName.addValueChangeListener(e -> followNames());
        lastName.addValueChangeListener(e -> followNames());
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                // Clearing the name hands it back to first and last name.
                automaticName = e.getValue().isBlank() || e.getValue().strip().equals(joinedName());
                followNames();
            }
        });
        individual.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                prefillFrom(e.getValue());
            }
        });

        save.setText(getTranslation("action.save"));
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> writeAndFireSave());
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("contact-cancel");
        getFooter().add(cancel, save);
        FormKeys.install(
                this, save, cancel, () -> merge.changed(FormMerge.parts(binder)) || this.customFields.hasChanges());
    }

    /**
     * The first live contact is primary whatever is asked, and the primary cannot be unticked (another contact is
     * made primary instead): the box says so rather than letting the user pick what the service will refuse.
     */
    private void explainPrimary(Contact contact, ContactSummary summary) {
        boolean onlyLive = contact.isNew() ? summary.live() == 0 : summary.live() == 1;
        if (!contact.isNew() && contact.isLivePrimary()) {
            primary.setReadOnly(true);
            primary.setHelperText(getTranslation("contact.field.primary.current"));
        } else if (onlyLive) {
            primary.setValue(true);
            primary.setReadOnly(true);
            primary.setHelperText(getTranslation("contact.field.primary.first"));
        }
    }

    private void followNames() {
        if (automaticName) {
            name.setValue(joinedName());
        }
    }

    private String joinedName() {
        return Contact.joinName(firstName.getValue(), lastName.getValue());
    }

    /** Fills what the user left empty from the individual client's own details; never overwrites typed input. */
    private void prefillFrom(Client person) {
        if (name.getValue().isBlank() || automaticName && joinedName().isEmpty()) {
            name.setValue(person.getName());
            automaticName = false;
        }
        fillIfEmpty(email, person.getEmail());
        fillIfEmpty(phone, person.getPhone());
        fillIfEmpty(mobile, person.getMobile());
    }

    private static void fillIfEmpty(TextField field, @Nullable String value) {
        if (field.getValue().isBlank() && value != null) {
            field.setValue(value);
        }
    }

    Binder<Contact> binder() {
        return binder;
    }

    /** Shows the stored contact instead of the user's input (after a conflict, "Reload"). */
    void reload(Contact stored) {
        contact = stored;
        binder.readBean(stored);
        customFields.read(stored.getCustomValues());
        merge.opened(FormMerge.parts(binder));
    }

    /** Writes the user's input, as merged, into the stored contact and saves it (after a conflict). */
    void saveOnto(Contact stored) {
        contact = stored;
        writeAndFireSave();
    }

    private void writeAndFireSave() {
        // Both checked, so every refused input shows its message at once.
        boolean valid = binder.writeBeanIfValid(contact);
        Map<Long, Object> custom = customFields.writeIfValid(this::getTranslation);
        if (valid && custom != null) {
            contact.setCustomValues(custom);
            fireEvent(new SaveEvent(this, contact));
        } else {
            Notifications.error(getTranslation("form.invalid"));
        }
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        Fields.limit(field, maxLength);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The user saved valid input; {@link #getContact()} holds it. */
    static class SaveEvent extends ComponentEvent<ContactDialog> {

        private final Contact contact;

        SaveEvent(ContactDialog source, Contact contact) {
            super(source, false);
            this.contact = contact;
        }

        Contact getContact() {
            return contact;
        }
    }
}
