package io.clientele.support;

import io.clientele.base.security.SystemAuthentication;
import io.clientele.client.Client;
import io.clientele.client.ClientService;
import io.clientele.client.ClientType;
import io.clientele.client.CustomField;
import io.clientele.client.CustomFieldOwner;
import io.clientele.client.CustomFieldType;
import io.clientele.client.CustomFields;
import io.clientele.contact.Contact;
import io.clientele.contact.ContactService;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Custom fields (issue 22) and the clients and contacts that carry their values, for tests: written through the real
 * services as the administrator, so every rule of a definition and of a value applies as in the application. The
 * field is labelled in English only unless {@code with} adds more.
 */
@Component
public class CustomFieldFixture {

    private final CustomFields fields;
    private final ClientService clients;
    private final ContactService contacts;

    CustomFieldFixture(CustomFields fields, ClientService clients, ContactService contacts) {
        this.fields = fields;
        this.clients = clients;
        this.contacts = contacts;
    }

    /** A client field with this English label; {@code options} for the choice types. */
    public CustomField clientField(CustomFieldType type, String label, String... options) {
        return field(CustomFieldOwner.CLIENT, type, label, f -> {}, options);
    }

    /** A contact field with this English label; {@code options} for the choice types. */
    public CustomField contactField(CustomFieldType type, String label, String... options) {
        return field(CustomFieldOwner.CONTACT, type, label, f -> {}, options);
    }

    /** A field with more set by {@code with} (mandatory, visible to clients …) before its first save. */
    public CustomField field(
            CustomFieldOwner owner, CustomFieldType type, String label, Consumer<CustomField> with, String... options) {
        return SystemAuthentication.call(() -> {
            CustomField field = new CustomField(owner, type);
            field.setLabel("en", label);
            field.setOptions(List.of(options));
            with.accept(field);
            return fields.save(field);
        });
    }

    /** Makes a saved field mandatory, as the administrator does after defining it. */
    public CustomField mandatory(CustomField field) {
        return SystemAuthentication.call(() -> {
            field.setMandatory(true);
            return fields.save(field);
        });
    }

    /** A new company with these custom values (field id to value). */
    public Client company(String name, Map<Long, Object> values) {
        return SystemAuthentication.call(() -> {
            Client c = clients.newClient(ClientType.COMPANY);
            c.setName(name);
            c.setCustomValues(values);
            return clients.save(c);
        });
    }

    /** The stored client with its custom values replaced by these, saved. */
    public Client withValues(Client client, Map<Long, Object> values) {
        return SystemAuthentication.call(() -> {
            Client c = clients.get(client.getId());
            c.setCustomValues(values);
            return clients.save(c);
        });
    }

    /** A new contact of the client, with a first name and these custom values. */
    public Contact contact(Client client, String firstName, Map<Long, Object> values) {
        return SystemAuthentication.call(() -> {
            Contact c = new Contact(client);
            c.setFirstName(firstName);
            c.setCustomValues(values);
            return contacts.save(c);
        });
    }
}
