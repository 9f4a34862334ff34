package io.clientele.contact;

import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFields;
import io.clientele.client.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A client's people as personal data: every contact, trashed ones too, with its opt-in consent; anonymised to a
 * placeholder name without e-mail, phones, title or notes and without consent. No {@link ContactChanged} is published:
 * the login feature ends the person's login through its own {@link PersonalData}, and would refuse a contact without
 * e-mail. Custom field values (issue 22) are exported by label in the installation's default language and deleted on
 * anonymisation.
 */
@Component
class ContactPersonalData implements PersonalData {

    private final ContactRepository contacts;
    private final CustomFields customFields;

    ContactPersonalData(ContactRepository contacts, CustomFields customFields) {
        this.contacts = contacts;
        this.customFields = customFields;
    }

    @Override
    public String section() {
        return "contacts";
    }

    @Override
    public Object export(Subject subject) {
        List<Contact> people = of(subject);
        Map<Long, Map<Long, Object>> custom = customFields.contactValuesOf(
                subject.clientId(), people.stream().map(Contact::getId).toList());
        List<CustomField> fields = customFields.fields(CustomFieldOwner.CONTACT);
        return people.stream()
                .map(c -> {
                    Map<String, @Nullable Object> row = data(c);
                    Map<Long, Object> values = custom.getOrDefault(c.getId(), Map.of());
                    Map<String, Object> named = new LinkedHashMap<>();
                    for (CustomField field : fields) {
                        Object value = values.get(field.getId());
                        if (value != null) {
                            // ISO dates and plain numbers, as the rest of the document writes them.
                            named.put(
                                    customFields.label(field, Locale.ROOT),
                                    value instanceof java.util.Set<?> set
                                            ? List.copyOf(set)
                                            : value instanceof java.math.BigDecimal n
                                                    ? n.toPlainString()
                                                    : String.valueOf(value));
                        }
                    }
                    row.put("customFields", named);
                    return row;
                })
                .toList();
    }

    private static Map<String, @Nullable Object> data(Contact c) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("id", c.getId());
        row.put("name", c.getName());
        row.put("firstName", c.getFirstName());
        row.put("lastName", c.getLastName());
        row.put("title", c.getTitle());
        row.put("email", c.getEmail());
        row.put("phone", c.getPhone());
        row.put("mobile", c.getMobile());
        row.put("primary", c.isPrimary());
        row.put("optIn", c.isOptIn());
        row.put("optInAt", Objects.toString(c.getOptInAt(), null));
        row.put(
                "optInSource",
                c.getOptInSource() == null ? null : c.getOptInSource().name());
        row.put("optInBy", c.getOptInBy());
        row.put("defaultRole", c.getDefaultRole().name());
        row.put("receivesStatements", c.isReceivesStatements());
        row.put("notes", c.getNotes());
        row.put("createdAt", Objects.toString(c.getCreatedAt(), null));
        row.put("trashedAt", Objects.toString(c.getTrashedAt(), null));
        return row;
    }

    @Override
    public void anonymise(Subject subject) {
        for (Contact c : of(subject)) {
            c.setName(PLACEHOLDER + " #" + c.getId());
            c.setFirstName(null);
            c.setLastName(null);
            c.setTitle(null);
            c.setEmail(null);
            c.setPhone(null);
            c.setMobile(null);
            c.setNotes(null);
            c.setOptIn(false);
            c.setReceivesStatements(false);
            c.recordConsent(null, null, null);
            customFields.clearContact(subject.clientId(), Objects.requireNonNull(c.getId()));
        }
        contacts.flush();
    }

    /** The client's contacts, or the one contact meant, which must be the client's ("not yours" is "not found"). */
    private List<Contact> of(Subject subject) {
        List<Contact> all = contacts.findAllOfClient(subject.clientId());
        Long contactId = subject.contactId();
        if (contactId == null) {
            return all;
        }
        List<Contact> one =
                all.stream().filter(c -> contactId.equals(c.getId())).toList();
        if (one.isEmpty()) {
            throw new ContactNotFoundException(contactId);
        }
        return one;
    }
}
