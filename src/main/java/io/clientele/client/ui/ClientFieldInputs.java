package io.clientele.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import io.clientele.base.security.UserDirectory;
import io.clientele.base.security.UserRef;
import io.clientele.base.ui.ById;
import io.clientele.base.ui.Fields;
import io.clientele.client.Client;
import io.clientele.client.ClientField;
import io.clientele.client.MandatoryFieldMissingException;
import io.clientele.settings.LeadSource;
import io.clientele.settings.LeadSourceService;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs for the configurable client fields ({@link ClientField}), bound to a client binder with the
 * administrator's mandatory rules: a mandatory field shows the asterisk and refuses an empty value with its own
 * message. Every form that creates clients uses it, so the rules read the same everywhere.
 */
public class ClientFieldInputs {

    private final BeanValidationBinder<Client> binder;
    private final Set<ClientField> mandatory;
    private final LeadSourceService leadSources;
    private final UserDirectory users;
    private final String idPrefix;
    private final Map<ClientField, Component> components = new EnumMap<>(ClientField.class);

    public ClientFieldInputs(
            BeanValidationBinder<Client> binder,
            Set<ClientField> mandatory,
            LeadSourceService leadSources,
            UserDirectory users,
            String idPrefix) {
        this.binder = binder;
        this.mandatory = mandatory;
        this.leadSources = leadSources;
        this.users = users;
        this.idPrefix = idPrefix;
    }

    public Set<ClientField> mandatory() {
        return mandatory;
    }

    /** Creates the input for a field (id {@code <prefix>-<field key>}), labels and binds it. */
    public Component create(ClientField field) {
        Component component = switch (field) {
            case OWNER -> owner();
            case LEAD_SOURCE -> leadSource();
            case INQUIRY_DATE -> date(field, "inquiryDate");
            case FINALIZED_DATE -> date(field, "finalizedDate");
            case DESIGNATION -> text(field, "designation", Client.DESIGNATION_MAX);
            case WEBSITE -> text(field, "website", Client.WEBSITE_MAX);
            case COMMUNICATION_ID -> text(field, "communicationId", Client.COMMUNICATION_ID_MAX);
            case EMAIL -> text(field, "email", Client.EMAIL_MAX);
            case ALTERNATE_EMAIL -> text(field, "alternateEmail", Client.EMAIL_MAX);
            case PHONE -> text(field, "phone", Client.PHONE_MAX);
            case MOBILE -> text(field, "mobile", Client.PHONE_MAX);
            case TAX_ID -> text(field, "taxId", Client.TAX_ID_MAX);
        };
        return register(field, component);
    }

    /** {@link #create} for a field the caller keeps as a text field (designation, website, e-mails, phones, tax ID). */
    public TextField createText(ClientField field) {
        return switch (create(field)) {
            case TextField text -> text;
            default -> throw new IllegalArgumentException(field + " is not a text field");
        };
    }

    /** {@link #create} for a date field (inquiry and finalized dates). */
    public DatePicker createDate(ClientField field) {
        return switch (create(field)) {
            case DatePicker date -> date;
            default -> throw new IllegalArgumentException(field + " is not a date field");
        };
    }

    /** The lead source picker, created, labelled and bound like {@link #create}. */
    public ComboBox<LeadSource> createLeadSource() {
        return register(ClientField.LEAD_SOURCE, leadSource());
    }

    private <C extends Component> C register(ClientField field, C component) {
        component.setId(idPrefix + "-" + field.key());
        components.put(field, component);
        return component;
    }

    /**
     * Applies the mandatory rule to a binding a form builds itself (for fields it already had): the asterisk and a
     * required check with the field's own message.
     */
    public <V> Binder.BindingBuilder<Client, V> rule(
            ClientField field, HasValue<?, V> input, Binder.BindingBuilder<Client, V> builder) {
        components.put(field, (Component) input);
        if (mandatory.contains(field)) {
            input.setRequiredIndicatorVisible(true);
            return builder.asRequired(((Component) input).getTranslation(field.requiredKey()));
        }
        return builder;
    }

    /** Puts the service's "field is required" refusal on the field itself; false if this form has no such input. */
    public boolean show(MandatoryFieldMissingException e) {
        Component component = components.get(e.getField());
        if (component instanceof HasValidation validated) {
            validated.setErrorMessage(component.getTranslation(e.getMessageKey()));
            validated.setInvalid(true);
            return true;
        }
        return false;
    }

    private TextField text(ClientField field, String property, int maxLength) {
        TextField input = new TextField(label(field));
        Fields.limit(input, maxLength);
        rule(field, input, binder.forField(input)).withNullRepresentation("").bind(property);
        return input;
    }

    private DatePicker date(ClientField field, String property) {
        DatePicker input = new DatePicker(label(field));
        rule(field, input, binder.forField(input)).bind(property);
        return input;
    }

    private ComboBox<LeadSource> leadSource() {
        ComboBox<LeadSource> input = new ComboBox<>(label(ClientField.LEAD_SOURCE));
        List<LeadSource> all = leadSources.all();
        input.setItems(all);
        input.setItemLabelGenerator(LeadSource::getName);
        input.setClearButtonVisible(true);
        rule(ClientField.LEAD_SOURCE, input, binder.forField(input))
                .withConverter(ById.of(all))
                .bind(Client::getLeadSourceId, Client::setLeadSourceId);
        return input;
    }

    private ComboBox<UserRef> owner() {
        ComboBox<UserRef> input = new ComboBox<>(label(ClientField.OWNER));
        input.setItems(
                query -> users.staff(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        input.setItemLabelGenerator(UserRef::displayName);
        input.setClearButtonVisible(true);
        rule(ClientField.OWNER, input, binder.forField(input))
                .withConverter(
                        ref -> ref == null ? null : ref.id(),
                        id -> id == null ? null : users.find(id).orElse(null))
                .bind("ownerId");
        return input;
    }

    private static String label(ClientField field) {
        return UI.getCurrent().getTranslation(field.labelKey());
    }
}
